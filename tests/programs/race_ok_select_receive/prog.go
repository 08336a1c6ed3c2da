package main

import (
	"fmt"
	"time"
)

func main() {
	var result []int
	done := make(chan bool)
	go func() {
		result = []int{4, 8, 15}
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("result:", result)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
}
