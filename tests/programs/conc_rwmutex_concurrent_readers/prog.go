package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	inside := make(chan string)
	leave := make(chan struct{})
	left := make(chan struct{})
	go func() {
		mu.RLock() // a second reader gets in while the first holds the lock
		inside <- "second reader inside"
		<-leave
		mu.RUnlock()
		close(left)
	}()
	fmt.Println(<-inside)
	fmt.Println("writer TryLock while readers hold it:", mu.TryLock())
	mu.RUnlock()
	close(leave)
	<-left
	fmt.Println("writer TryLock after readers left:", mu.TryLock())
	mu.Unlock()
}
