package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// Capacity 2 lets two goroutines in at once: it is not a mutex.
	slots := make(chan struct{}, 2)
	reserved := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			reserved++
			time.Sleep(20 * time.Millisecond)
			<-slots
		}()
		time.Sleep(10 * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("reserved:", reserved)
}
