package main

import "fmt"

func helper(n int) int

func main() {
	fmt.Println(helper(1))
}
