package main

import (
	"fmt"
	"runtime"
	"time"
)

func lookup(sku string) string {
	reply := make(chan string) // unbuffered: the sender leaks if nobody reads
	go func() {
		time.Sleep(30 * time.Millisecond)
		reply <- sku + ": 4 in stock"
	}()
	select {
	case r := <-reply:
		return r
	case <-time.After(5 * time.Millisecond):
		return sku + ": timed out"
	}
}

func main() {
	for _, s := range []string{"A1", "B2", "C3"} {
		fmt.Println(lookup(s))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("leaked goroutines:", runtime.NumGoroutine()-1)
}
