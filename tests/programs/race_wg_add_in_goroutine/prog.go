package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	count := 0
	go func() {
		wg.Add(1) // too late: main may already be past Wait
		defer wg.Done()
		time.Sleep(5 * time.Millisecond)
		count = 1
	}()
	wg.Wait()
	time.Sleep(60 * time.Millisecond)
	fmt.Println("count:", count)
}
