package main

import (
	"fmt"
	"time"
)

func main() {
	var report string
	go func() {
		report = "daily sales: 42 orders"
	}()
	// The sleep makes the output look right, but it orders nothing.
	time.Sleep(50 * time.Millisecond)
	fmt.Println(report)
}
