package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup")
}

func main() {
	defer cleanup
	fmt.Println("main")
}
