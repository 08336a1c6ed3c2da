package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func main() {
	n := 5
	time.Sleep(n * time.Millisecond)
	s := []int{}
	append(s, 1)
	c := SafeCounter{v: make(map[string]int)}
	go c.Inc
	var wg sync.WaitGroup
	wg.Add(1.5)
	wg.Wait(1)
	results := make(chan int, 3)
	go func(ch chan<- int) {
		ch <- 1
		fmt.Println(<-ch)
	}(results)
	var mu sync.Mutex
	mu.lock()
	ticker := time.NewTicker(time.Second)
	for t := range ticker {
		fmt.Println(t)
	}
	fmt.Println(time.Now().Sub(3))
	done := make(chan bool)
	done <- true
	init()
}
