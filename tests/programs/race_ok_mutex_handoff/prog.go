package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	status := "pending"
	go func() {
		mu.Lock()
		status = "paid"
		mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println("status:", status)
	mu.Unlock()
}
