package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var stock, ledger sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		stock.Lock()
		time.Sleep(10 * time.Millisecond)
		ledger.Lock()
		fmt.Println("sale recorded")
	}()
	go func() {
		defer wg.Done()
		ledger.Lock()
		time.Sleep(10 * time.Millisecond)
		stock.Lock()
		fmt.Println("return recorded")
	}()
	wg.Wait()
}
