package main

import (
	"fmt"
	"sync"
)

func main() {
	var loaded sync.WaitGroup
	loaded.Add(1)
	var waiters sync.WaitGroup
	results := make([]string, 3)
	for i, name := range []string{"search", "cart", "checkout"} {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			loaded.Wait()
			results[i] = name + " ready"
		}()
	}
	loaded.Done() // releases every waiter at once
	waiters.Wait()
	fmt.Println(results)
}
