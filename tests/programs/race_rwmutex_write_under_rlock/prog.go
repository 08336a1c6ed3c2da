package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	hits := 0
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			mu.RLock()
			hits++ // a write under a read lock: readers are not excluded from each other
			mu.RUnlock()
		}()
		time.Sleep(10 * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("cache lookups done")
}
