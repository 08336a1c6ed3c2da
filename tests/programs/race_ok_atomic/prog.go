package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var served atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			served.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println("customers served:", served.Load())
}
