package main

import (
	"fmt"
	"time"
)

func main() {
	prices := []int{250, 180, 320}
	total := 0
	go func() {
		for _, p := range prices {
			total += p
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("total:", total)
}
