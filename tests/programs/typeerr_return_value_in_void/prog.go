package main

import "fmt"

func greet() {
	fmt.Println("hi")
	return "done"
}

func main() {
	greet()
}
