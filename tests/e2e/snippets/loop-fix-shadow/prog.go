package main

import (
	"fmt"
	"time"
)

func main() {
	tickets := []int{101, 102, 103}
	for _, ticket := range tickets {
		ticket := ticket // a fresh variable for each iteration
		go func() {
			fmt.Println("serving ticket", ticket)
		}()
	}
	time.Sleep(100 * time.Millisecond)
}
