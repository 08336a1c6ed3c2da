package main

import (
	"fmt"
	"time"
)

func logPrice(product string, price float64) {
	fmt.Printf("goroutine sees: %s at $%.2f\n", product, price)
}

func main() {
	product := "Mechanical Keyboard"
	price := 89.99

	go logPrice(product, price)

	product = "Wireless Mouse"
	price = 24.50
	fmt.Printf("main now has: %s at $%.2f\n", product, price)

	time.Sleep(50 * time.Millisecond)
}
