package main

import (
	"fmt"
	"sync"
	"time"
)

func sendNotification(id int) {
	time.Sleep(50 * time.Millisecond) // stands in for a network call
	fmt.Println("notification", id, "sent")
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sendNotification(id)
		}()
	}
	wg.Wait()
	// Real Go measures a little more than 50ms; truncating keeps the line stable.
	elapsed := time.Since(start).Truncate(50 * time.Millisecond)
	fmt.Println("concurrent batch took", elapsed)
}
