package main

import (
	"fmt"
	"time"
)

func producer(ch chan int, done chan struct{}) {
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(done)
}

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go producer(ch, done)
	timeout := time.After(time.Second)
	for {
		select {
		case v := <-ch:
			fmt.Println(v)
		case <-done:
			return
		case <-timeout:
			fmt.Println("timeout")
			break
		case x := 5:
		}
	}
	time.Sleep("1s")
	var d time.Duration = 1.5 * time.Second
	t := time.Second * 2.5
	fmt.Println(d, t)
}
