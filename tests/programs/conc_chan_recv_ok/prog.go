package main

import "fmt"

func main() {
	stock := make(chan int, 2)
	stock <- 12
	stock <- 7
	close(stock)

	for i := 0; i < 4; i++ {
		v, ok := <-stock
		fmt.Printf("receive %d: value=%d ok=%t\n", i+1, v, ok)
	}
	v := <-stock
	fmt.Println("plain receive after close:", v)
}
