package main

import "fmt"

func work() {
	fmt.Println("working")
}

func main() {
	go work
}
