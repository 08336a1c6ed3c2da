package main

import (
	"fmt"
	"sync"
)

func main() {
	// A channel of capacity 1 used as a lock: the k-th receive happens
	// before the (k+1)-th send completes.
	lock := make(chan struct{}, 1)
	total := 0
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock <- struct{}{}
			total += i
			<-lock
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
