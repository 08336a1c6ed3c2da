package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	for i := 1; i <= 5; i++ {
		go func() {
			time.Sleep(50 * time.Millisecond)
			fmt.Println("call", i, "returned")
		}()
	}
	time.Sleep(75 * time.Millisecond)
	fmt.Println("main waited", time.Since(start).Truncate(25*time.Millisecond))
}
