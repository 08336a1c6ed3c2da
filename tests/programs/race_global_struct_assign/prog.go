package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	Hits   int
	Misses int
}

var stats Stats

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		stats.Misses++
	}()
	stats = Stats{Hits: 1}
	wg.Wait()
	fmt.Println(stats.Hits)
}
