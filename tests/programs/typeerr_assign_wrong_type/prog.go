package main

import "fmt"

func main() {
	var count int
	count = "three"
	name := "x"
	name = 42
	fmt.Println(count, name)
}
