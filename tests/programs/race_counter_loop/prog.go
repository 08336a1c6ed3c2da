package main

import (
	"fmt"
	"sync"
)

func main() {
	clicks := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				clicks++
			}
		}()
	}
	wg.Wait()
	fmt.Println("done counting")
}
