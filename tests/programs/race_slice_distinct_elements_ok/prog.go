package main

import (
	"fmt"
	"sync"
)

func main() {
	totals := make([]int, 4)
	var wg sync.WaitGroup
	for i := range totals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			totals[i] = (i + 1) * 25
		}()
	}
	wg.Wait()
	fmt.Println("per-store totals:", totals)
}
