package main

import (
	"fmt"
	"sync"
	"time"
)

type Cart struct {
	mu    sync.Mutex
	items int
}

func main() {
	c := &Cart{}
	go func() {
		c.mu.Lock()
		c.items++
		c.mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("items (read without the lock):", c.items)
}
