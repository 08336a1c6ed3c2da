package main

import (
	"fmt"
	"time"
)

func main() {
	orders := []int{101, 102, 103}
	for _, order := range orders {
		go func() {
			fmt.Println("processing order", order)
		}()
	}
	time.Sleep(50 * time.Millisecond)
}
