package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var muA, muB sync.Mutex
	points := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		muA.Lock()
		points += 10
		muA.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		muB.Lock() // a different mutex protects nothing here
		points += 5
		muB.Unlock()
	}()
	wg.Wait()
	fmt.Println("points:", points)
}
