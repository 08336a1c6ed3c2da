package main

import (
	"fmt"
	"time"
)

func main() {
	handoff := make(chan string)
	blocked := make(chan time.Duration)
	go func() {
		start := time.Now()
		handoff <- "signed contract"
		blocked <- time.Since(start)
	}()
	time.Sleep(40 * time.Millisecond)
	fmt.Println("received:", <-handoff)
	d := <-blocked
	fmt.Println("sender was blocked for at least 40ms:", d >= 40*time.Millisecond)
	fmt.Println("blocked:", d.Truncate(40*time.Millisecond))
}
