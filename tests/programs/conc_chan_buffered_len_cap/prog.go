package main

import "fmt"

func main() {
	queue := make(chan string, 3)
	fmt.Println("empty:", len(queue), cap(queue))
	queue <- "order-1"
	queue <- "order-2"
	fmt.Println("after two sends:", len(queue), cap(queue))
	queue <- "order-3"
	fmt.Println("full:", len(queue), cap(queue))
	fmt.Println("first out:", <-queue)
	fmt.Println("after one receive:", len(queue), cap(queue))

	var none chan int
	unbuf := make(chan int)
	fmt.Println("nil channel:", len(none), cap(none), none == nil)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))
}
