package main

import (
	"fmt"
	"time"
)

// deliver pretends to wait 50ms for a courier.
func deliver(order int) {
	time.Sleep(50 * time.Millisecond)
	fmt.Println("delivered order", order)
}

func main() {
	start := time.Now()
	for order := 1; order <= 5; order++ {
		deliver(order)
	}
	fmt.Println("all delivered after", time.Since(start).Round(10*time.Millisecond))
}
