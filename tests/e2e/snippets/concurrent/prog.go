package main

import (
	"fmt"
	"time"
)

// deliver pretends to wait 50ms for a courier.
func deliver(order int, start time.Time) {
	time.Sleep(50 * time.Millisecond)
	fmt.Println("delivered order", order, "at", time.Since(start).Round(10*time.Millisecond))
}

func main() {
	start := time.Now()
	for order := 1; order <= 5; order++ {
		go deliver(order, start)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main waited", time.Since(start).Round(10*time.Millisecond))
}
