package main

import "fmt"

func main() int {
	fmt.Println("hi")
	return 0
}
