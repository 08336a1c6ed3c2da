package main

import (
	"fmt"
	"time"
)

func main() {
	total := 0
	go func() {
		for i := 1; i <= 100; i++ {
			total += i
		}
	}()

	time.Sleep(100 * time.Millisecond)
	fmt.Println("total:", total)
}
