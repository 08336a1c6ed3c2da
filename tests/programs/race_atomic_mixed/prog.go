package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var sent int64
	go func() {
		atomic.AddInt64(&sent, 1)
	}()
	time.Sleep(10 * time.Millisecond)
	sent = 0 // a plain write racing with the atomic add
	fmt.Println("counter reset")
}
