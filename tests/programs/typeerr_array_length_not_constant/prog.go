package main

import "fmt"

func main() {
	n := 4
	var a [n]int
	fmt.Println(a)
}
