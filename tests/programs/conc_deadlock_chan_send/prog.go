package main

import "fmt"

func main() {
	labels := make(chan string)
	labels <- "FRAGILE"
	fmt.Println("label queued")
}
