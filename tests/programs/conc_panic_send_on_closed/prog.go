package main

import "fmt"

func main() {
	updates := make(chan string, 2)
	updates <- "order placed"
	close(updates)
	fmt.Println("closed the updates channel")
	updates <- "order shipped"
	fmt.Println("unreachable")
}
