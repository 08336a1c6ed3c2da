package main

import (
	"fmt"
	"sync"
	"time"
)

func sendNotification(id int) string {
	time.Sleep(50 * time.Millisecond) // stands in for a network call
	return fmt.Sprint("notification ", id, " sent")
}

func main() {
	start := time.Now()
	results := make([]string, 5)
	var wg sync.WaitGroup
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[id-1] = sendNotification(id)
		}()
	}
	wg.Wait()
	// Real Go measures a little more than 50ms; truncating keeps the line stable.
	elapsed := time.Since(start).Truncate(50 * time.Millisecond)
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("concurrent batch took", elapsed)
}
