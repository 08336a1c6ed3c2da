package main

import "fmt"

func main() {
	x := 2
	if x > 1 {
		fmt.Println("big")
	} else if x > 0
		fmt.Println("small")
}
