package main

import (
	"fmt"
	"time"
)

func computeTotal(cart []float64) float64 {
	total := 0.0
	for _, price := range cart {
		total += price
	}
	fmt.Printf("computeTotal worked out %.2f, but nobody receives it\n", total)
	return total
}

func main() {
	cart := []float64{19.99, 5.01, 75.00}
	go computeTotal(cart)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main never got the total")
}
