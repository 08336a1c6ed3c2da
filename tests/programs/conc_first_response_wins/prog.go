package main

import (
	"fmt"
	"time"
)

func query(mirror string, delay time.Duration, out chan<- string) {
	time.Sleep(delay)
	out <- mirror
}

func main() {
	out := make(chan string, 3)
	go query("mirror-eu", 30*time.Millisecond, out)
	go query("mirror-us", 5*time.Millisecond, out)
	go query("mirror-ap", 60*time.Millisecond, out)
	fmt.Println("fastest:", <-out)
}
