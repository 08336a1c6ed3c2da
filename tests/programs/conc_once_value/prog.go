package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	taxRate := sync.OnceValue(func() float64 {
		calls++
		return 0.21
	})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = taxRate()
		}()
	}
	wg.Wait()
	fmt.Printf("tax %.2f computed %d time(s)\n", taxRate(), calls)
}
