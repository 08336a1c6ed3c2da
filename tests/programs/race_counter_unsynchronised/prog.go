package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	visits := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		visits++
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		visits++
	}()
	wg.Wait()
	fmt.Println("visits:", visits)
}
