package main

import "fmt"

func poll(inbox chan string) {
	select {
	case msg := <-inbox:
		fmt.Println("got message:", msg)
	default:
		fmt.Println("no message waiting")
	}
}

func main() {
	inbox := make(chan string, 1)
	poll(inbox)
	inbox <- "your order has shipped"
	poll(inbox)
	poll(inbox)
}
