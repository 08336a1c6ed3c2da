package main

import "fmt"

func main() {
	count := 10
	fmt.Println("hello")
}
