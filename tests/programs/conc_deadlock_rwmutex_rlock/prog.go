package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.Lock()
	fmt.Println("updating prices")
	mu.RLock()
	fmt.Println("reading prices")
}
