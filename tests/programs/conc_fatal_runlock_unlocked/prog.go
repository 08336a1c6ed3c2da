package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	prices := map[string]int{"tea": 4}
	mu.RLock()
	fmt.Println("tea costs", prices["tea"])
	mu.RUnlock()
	mu.RUnlock()
}
