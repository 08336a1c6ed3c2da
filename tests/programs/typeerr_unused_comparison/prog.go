package main

import "fmt"

func main() {
	x := 3
	x == 1
	fmt.Println(x)
}
