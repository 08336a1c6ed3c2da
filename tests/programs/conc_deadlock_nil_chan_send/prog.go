package main

import "fmt"

func main() {
	var alerts chan string
	fmt.Println("sending alert")
	alerts <- "low stock"
}
