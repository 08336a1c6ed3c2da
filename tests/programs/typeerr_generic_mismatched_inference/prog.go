package main

import "fmt"

func Pair[T any](a, b T) []T {
	return []T{a, b}
}

func main() {
	x := 1
	y := "two"
	fmt.Println(Pair(x, y))
}
