package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
