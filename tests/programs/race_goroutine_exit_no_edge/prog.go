package main

import (
	"fmt"
	"runtime"
)

func main() {
	var total int
	go func() {
		total = 5050
	}()
	// Waiting for the goroutine to disappear creates no happens-before edge.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("total:", total)
}
