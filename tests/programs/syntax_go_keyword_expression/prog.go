package main

import "fmt"

func main() {
	x := go
	fmt.Println(x)
}
