package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	stock := 10
	mu.Lock()
	stock--
	mu.Unlock()
	fmt.Println("stock:", stock)
	mu.Unlock()
}
