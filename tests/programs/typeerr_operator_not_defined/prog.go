package main

import "fmt"

func main() {
	n := 3
	s := "x"
	fmt.Println(!n, -s, ^1.5)
}
