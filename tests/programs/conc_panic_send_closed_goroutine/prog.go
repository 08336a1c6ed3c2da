package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	done := make(chan bool)
	go func() {
		for e := range events {
			fmt.Println("event:", e)
		}
		done <- true
	}()
	events <- "cart created"
	close(events)
	<-done
	go func() {
		events <- "item added"
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("unreachable")
}
