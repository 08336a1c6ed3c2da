package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 1; i <= 3; i++ {
		go func() {
			fmt.Println("goroutine", i)
		}()
	}
	time.Sleep(10 * time.Millisecond)
}
