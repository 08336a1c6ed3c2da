package main

import "fmt"

func produce(out chan<- int) {
	for id := 501; id <= 505; id++ {
		out <- id
	}
	close(out)
}

func main() {
	orders := make(chan int)
	go produce(orders)
	count := 0
	for id := range orders {
		fmt.Println("packing order", id)
		count++
	}
	fmt.Println("channel closed after", count, "orders")
}
