package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		picked := 0
		for i := 0; i < round*2; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				picked++
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "picked", picked, "items")
	}
}
