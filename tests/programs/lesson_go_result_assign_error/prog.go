package main

import "fmt"

func computeTotal(cart []float64) float64 {
	total := 0.0
	for _, price := range cart {
		total += price
	}
	return total
}

func main() {
	cart := []float64{19.99, 5.01, 75.00}
	total := go computeTotal(cart)
	fmt.Println(total)
}
