package main

import (
	"fmt"
	"sync"
)

func main() {
	var report string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		report = "daily sales: 42 orders"
	}()
	wg.Wait()
	fmt.Println(report)
}
