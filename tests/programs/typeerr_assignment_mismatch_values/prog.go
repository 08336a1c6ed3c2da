package main

import "fmt"

func main() {
	a, b := 1, 2, 3
	var c, d int = 4
	fmt.Println(a, b, c, d)
}
