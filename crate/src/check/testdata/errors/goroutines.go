package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, ch chan<- int) {
	v := <-ch
	ch <- id
	fmt.Println(v)
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	results := make(<-chan string)
	go worker(1, ch)
	go fmt.Println
	defer wg.Done
	wg.Add()
	results <- "x"
	close(results)
	time.Sleep(100)
	time.Sleep(1.5)
	var d time.Duration = 2
	var n int = d
	select {
	case v := <-ch:
	case ch <- "s":
	}
	for i := 0; i < 3; i++ {
		go func() {
			fmt.Println(i)
		}
	}
}
