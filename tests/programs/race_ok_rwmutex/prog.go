package main

import (
	"fmt"
	"sync"
)

type Catalog struct {
	mu    sync.RWMutex
	items map[string]int
}

func main() {
	c := &Catalog{items: map[string]int{"mug": 8}}
	var wg sync.WaitGroup
	seen := make([]int, 4)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 0 {
				c.mu.Lock()
				c.items["mug"] = 9
				c.mu.Unlock()
				return
			}
			c.mu.RLock()
			seen[i] = c.items["mug"]
			c.mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("mugs:", c.items["mug"])
}
