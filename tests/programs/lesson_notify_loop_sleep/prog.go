package main

import (
	"fmt"
	"time"
)

func notifyShipped(n int) {
	fmt.Println("notified customer", n)
}

func main() {
	for n := 1; n <= 3; n++ {
		go notifyShipped(n)
	}
	time.Sleep(50 * time.Millisecond)
}
