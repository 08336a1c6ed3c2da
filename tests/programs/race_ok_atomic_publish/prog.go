package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var config map[string]string
	var ready atomic.Bool
	go func() {
		config = map[string]string{"theme": "dark"}
		ready.Store(true)
	}()
	for !ready.Load() {
		runtime.Gosched()
	}
	fmt.Println("theme:", config["theme"])
}
