package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	warehouses := []string{"north", "south"}
	for range warehouses {
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("expecting 3 reports from", len(warehouses), "warehouses")
	wg.Wait()
	fmt.Println("all reported")
}
