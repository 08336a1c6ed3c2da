package main

import (
	"fmt"
	"time"
)

func discount(prices []float64) {
	for i := range prices {
		prices[i] *= 0.9
	}
}

func main() {
	prices := []float64{10, 20, 30}
	view := prices[1:] // a copy of the header, not of the elements
	go discount(view)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("second price:", prices[1])
}
