package main

import (
	"fmt"
	"sync"
	"time"
)

var status string

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		status = "packing"
	}()
	time.Sleep(10 * time.Millisecond)
	status = "delivered"
	wg.Wait()
	fmt.Println("status written twice")
}
