package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(n int, out chan<- int) {
	defer close(out)
	for i := range n {
		out <- i
	}
}

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	var mu sync.Mutex
	count := 0
	go producer(3, ch)
	go func() {
		for v := range ch {
			mu.Lock()
			count += v
			mu.Unlock()
		}
		done <- struct{}{}
	}()
	timeout := time.After(time.Second)
	select {
	case <-done:
		fmt.Println("count", count)
	case <-timeout:
		fmt.Println("timeout")
	}
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	results := make(chan string, 2)
	for _, name := range []string{"a", "b"} {
		go func(s string) { results <- s }(name)
	}
	for range 2 {
		<-results
	}
}
