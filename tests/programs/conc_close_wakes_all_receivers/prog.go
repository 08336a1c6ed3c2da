package main

import (
	"fmt"
	"sync"
)

func main() {
	shutdown := make(chan struct{})
	var ready, done sync.WaitGroup
	woke := make([]bool, 3)
	for i := range woke {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			ready.Done()
			_, ok := <-shutdown
			woke[i] = !ok
		}()
	}
	ready.Wait()
	close(shutdown)
	done.Wait()
	fmt.Println("all receivers woke with ok=false:", woke)
}
