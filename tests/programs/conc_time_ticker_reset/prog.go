package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTicker(5 * time.Millisecond)
	<-t.C
	<-t.C
	t.Reset(20 * time.Millisecond)
	<-t.C
	t.Stop()
	fmt.Println("two fast ticks and one slow tick took", time.Since(start).Truncate(30*time.Millisecond))
	select {
	case <-t.C:
		fmt.Println("tick after Stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
