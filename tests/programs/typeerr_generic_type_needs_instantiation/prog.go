package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func main() {
	var s Stack
	fmt.Println(s)
}
