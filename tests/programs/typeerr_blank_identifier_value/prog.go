package main

import "fmt"

func main() {
	_ = 3
	x := _
	fmt.Println(_)
	fmt.Println(x)
}
