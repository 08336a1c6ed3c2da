package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	// Timer channels are synchronous (no buffered stale value).
	fmt.Println("len(t.C) after expiry:", len(t.C), "cap:", cap(t.C))
	t.Reset(40 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("received the stale expiry value at once")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("no stale value after Reset")
	}
}
