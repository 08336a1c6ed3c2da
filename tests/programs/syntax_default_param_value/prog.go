package main

import "fmt"

func greet(name string = "world") {
	fmt.Println("hello", name)
}

func main() {
	greet()
}
