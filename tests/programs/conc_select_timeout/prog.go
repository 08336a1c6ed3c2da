package main

import (
	"fmt"
	"time"
)

func fetchRates(out chan<- string) {
	time.Sleep(80 * time.Millisecond)
	out <- "USD/EUR 0.92"
}

func main() {
	rates := make(chan string, 1)
	go fetchRates(rates)
	select {
	case r := <-rates:
		fmt.Println("rates:", r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("rate service timed out, using cached rates")
	}
}
