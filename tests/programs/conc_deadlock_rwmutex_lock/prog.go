package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	catalog := map[string]int{"socks": 5}
	mu.RLock()
	fmt.Println("socks in stock:", catalog["socks"])
	mu.Lock()
	catalog["socks"]--
	mu.Unlock()
}
