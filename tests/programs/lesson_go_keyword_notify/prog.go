package main

import (
	"fmt"
	"time"
)

func notifyShipped(orderID string) {
	fmt.Println("shipping notification sent for", orderID)
}

func main() {
	go notifyShipped("ORD-1001")
	go notifyShipped("ORD-1002")
	go notifyShipped("ORD-1003")

	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
