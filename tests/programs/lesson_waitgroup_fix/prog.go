package main

import (
	"fmt"
	"sync"
)

func notifyShipped(orderID string) {
	fmt.Println("shipping notification sent for", orderID)
}

func main() {
	var wg sync.WaitGroup
	for _, id := range []string{"ORD-1001", "ORD-1002", "ORD-1003"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			notifyShipped(id)
		}()
	}
	wg.Wait()
	fmt.Println("all notifications sent")
}
