package main

import (
	"fmt"
	"time"
)

func main() {
	etas := map[string]int{"bike courier": 3, "van": 1, "drone": 2}
	arrivals := make(chan string)
	for name, eta := range etas {
		go func() {
			time.Sleep(time.Duration(eta) * 30 * time.Millisecond)
			arrivals <- name
		}()
	}
	for i := 1; i <= len(etas); i++ {
		fmt.Println(i, <-arrivals)
	}
}
