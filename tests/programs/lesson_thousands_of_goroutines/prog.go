package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const customers = 10000
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	sent := 0
	for c := 0; c < customers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(50 * time.Millisecond) // one network call each
			mu.Lock()
			sent++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("notifications sent:", sent)
	fmt.Println("all at once, not 10000 x 50ms:", time.Since(start) < 5*time.Second)
}
