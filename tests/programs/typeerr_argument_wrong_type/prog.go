package main

import "fmt"

func double(n int) int {
	return n * 2
}

func main() {
	s := "21"
	fmt.Println(double(s))
}
