package main

import (
	"fmt"
	"time"
)

func main() {
	heartbeats := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(5 * time.Millisecond)
			heartbeats <- i
		}
	}()
	for {
		select {
		case h := <-heartbeats:
			fmt.Println("heartbeat", h)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("no heartbeat for 50ms, marking node down")
			return
		}
	}
}
