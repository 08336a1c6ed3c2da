package main

import "fmt"

func ids(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	stream := ids(done)
	for i := 0; i < 4; i++ {
		fmt.Println("ticket", <-stream)
	}
	close(done)
	// Drain: the generator may hand over one more value before it sees done.
	extra := 0
	for range stream {
		extra++
	}
	fmt.Println("generator stopped; extra values after cancel <= 1:", extra <= 1)
}
