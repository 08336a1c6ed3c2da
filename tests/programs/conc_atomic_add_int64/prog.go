package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var bytesSent int64
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				atomic.AddInt64(&bytesSent, int64(i))
			}
		}()
	}
	wg.Wait()
	fmt.Println("bytes sent:", atomic.LoadInt64(&bytesSent))
}
