package main

import (
	"fmt"
	"time"
)

func main() {
	quote := make(chan float64)
	go func() {
		time.Sleep(10 * time.Millisecond)
		quote <- 14.75
	}()
	select {
	case q := <-quote:
		fmt.Printf("shipping quote: $%.2f\n", q)
	case <-time.After(80 * time.Millisecond):
		fmt.Println("timed out")
	}
}
