package main

import "fmt"

func main() {
	fast := make(chan string)
	slow := make(chan string)
	go func() {
		select {
		case fast <- "express":
		case slow <- "standard":
		}
	}()
	var orders chan int
	fmt.Println("waiting on an order channel that was never made")
	select {
	case o := <-orders:
		fmt.Println(o)
	}
}
