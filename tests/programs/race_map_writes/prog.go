package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	stock := map[string]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		stock["lamp"] = 4
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		stock["desk"] = 2
	}()
	wg.Wait()
	fmt.Println("items:", len(stock))
}
