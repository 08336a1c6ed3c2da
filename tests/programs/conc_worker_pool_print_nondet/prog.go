package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 3)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				fmt.Printf("worker %d ships order %d\n", w, j)
			}
		}()
	}
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
}
