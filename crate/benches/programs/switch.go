package main

import (
	"fmt"
	"runtime"
)

// Two goroutines yield to each other 10^6 times in all: each Gosched is one
// goroutine switch.
func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 500000; i++ {
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 500000; i++ {
		runtime.Gosched()
	}
	<-done
	fmt.Println("switched")
}
