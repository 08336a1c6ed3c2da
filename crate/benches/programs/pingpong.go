package main

import "fmt"

// Each round trip is two goroutine switches on unbuffered channels.
func main() {
	const rounds = 1_000_000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println(v)
}
