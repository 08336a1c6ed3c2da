package main

import "fmt"

func main() {
	closed := make(chan struct{})
	close(closed)
	hits := 0
	for i := 0; i < 5; i++ {
		select {
		case <-closed:
			hits++
		default:
			fmt.Println("default should not run")
		}
	}
	fmt.Println("closed channel was ready", hits, "times out of 5")
}
