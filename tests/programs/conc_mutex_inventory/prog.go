package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

func (inv *Inventory) Take(sku string, n int) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.stock[sku] < n {
		return false
	}
	inv.stock[sku] -= n
	return true
}

func main() {
	inv := &Inventory{stock: map[string]int{"chair": 10}}
	var wg sync.WaitGroup
	results := make([]bool, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = inv.Take("chair", 2)
		}()
	}
	wg.Wait()
	ok := 0
	for _, r := range results {
		if r {
			ok++
		}
	}
	fmt.Println("successful orders:", ok, "chairs left:", inv.stock["chair"])
}
