package main

import (
	"fmt"
	"runtime"
)

func main() {
	unbuf := make(chan int)
	buf := make(chan int, 1)
	for i := 0; i < 3; i++ {
		go func() { unbuf <- i }()
		go func() { buf <- i }()
	}
	for runtime.NumGoroutine() > 1+5 {
		runtime.Gosched()
	}
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	fmt.Println("unbuffered len with blocked senders:", len(unbuf))
	fmt.Println("buffered len/cap with blocked senders:", len(buf), cap(buf))
}
