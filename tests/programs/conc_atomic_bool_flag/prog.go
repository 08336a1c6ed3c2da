package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var maintenance atomic.Bool
	fmt.Println("maintenance at start:", maintenance.Load())
	var wg sync.WaitGroup
	winners := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if maintenance.CompareAndSwap(false, true) {
				winners <- i
			}
		}()
	}
	wg.Wait()
	close(winners)
	n := 0
	for range winners {
		n++
	}
	fmt.Println("goroutines that switched maintenance on:", n)
	fmt.Println("maintenance now:", maintenance.Load())
}
