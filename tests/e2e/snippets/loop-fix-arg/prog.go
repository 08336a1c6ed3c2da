package main

import (
	"fmt"
	"time"
)

func main() {
	tickets := []int{101, 102, 103}
	for _, ticket := range tickets {
		go func(t int) {
			fmt.Println("serving ticket", t)
		}(ticket)
	}
	time.Sleep(100 * time.Millisecond)
}
