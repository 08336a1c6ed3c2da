package main

import (
	"fmt"
	"sync"
)

func check(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			if n%7 == 0 {
				out <- fmt.Sprint("flagged ", n)
			}
		}
	}()
	return out
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		for n := 1; n <= 50; n++ {
			in <- n
		}
		close(in)
	}()
	flagged := 0
	for range merge(check(1, in), check(2, in), check(3, in)) {
		flagged++
	}
	fmt.Println("transactions flagged:", flagged)
}
