package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.Inc()
	}()
	time.Sleep(10 * time.Millisecond)
	c.Inc()
	wg.Wait()
	fmt.Println("count:", c.n)
}
