package main

import (
	"fmt"
	"sync"
	"time"
)

func lookup(sku string) {
	time.Sleep(20 * time.Millisecond)
}

func main() {
	skus := []string{"A-1", "B-2", "C-3", "D-4"}

	start := time.Now()
	for _, s := range skus {
		lookup(s)
	}
	fmt.Println("sequential:", time.Since(start).Truncate(40*time.Millisecond))

	start = time.Now()
	var wg sync.WaitGroup
	for _, s := range skus {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lookup(s)
		}()
	}
	wg.Wait()
	fmt.Println("concurrent:", time.Since(start).Truncate(20*time.Millisecond))
}
