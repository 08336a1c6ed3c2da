package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	menu := []string{"soup", "salad"}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.RLock()
		fmt.Println("reader sees", len(menu), "dishes")
		mu.RUnlock()
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		mu.Lock()
		menu = append(menu, "pie")
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println("menu:", menu)
}
