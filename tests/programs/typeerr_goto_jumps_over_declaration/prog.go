package main

import "fmt"

func main() {
	goto end
	x := 3
	fmt.Println(x)
end:
	fmt.Println("end")
}
