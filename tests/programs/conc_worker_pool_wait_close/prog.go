package main

import (
	"fmt"
	"sync"
)

func main() {
	urls := []string{"/home", "/cart", "/checkout", "/account", "/help", "/search"}
	jobs := make(chan string)
	sizes := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				sizes <- len(u) * 100
			}
		}()
	}
	go func() {
		for _, u := range urls {
			jobs <- u
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(sizes)
	}()
	total, n := 0, 0
	for s := range sizes {
		total += s
		n++
	}
	fmt.Println("crawled", n, "pages,", total, "bytes")
}
