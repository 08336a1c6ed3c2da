package main

import (
	"fmt"
	"time"
)

func main() {
	outbox := make(chan string, 3)
	start := time.Now()
	outbox <- "welcome"
	outbox <- "receipt"
	outbox <- "survey"
	fmt.Println("three sends took under 10ms:", time.Since(start) < 10*time.Millisecond)
	taken := make(chan string, 1)
	go func() {
		time.Sleep(20 * time.Millisecond)
		taken <- <-outbox
	}()
	start = time.Now()
	outbox <- "newsletter" // full: waits for the consumer
	fmt.Println("fourth send waited at least 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("consumer took", <-taken, "- queued:", len(outbox))
}
