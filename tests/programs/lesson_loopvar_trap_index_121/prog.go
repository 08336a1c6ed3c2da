package main

import (
	"fmt"
	"time"
)

func main() {
	orders := []int{101, 102, 103}
	for i := 0; i < len(orders); i++ {
		go func() {
			fmt.Println("processing order", orders[i])
		}()
	}
	time.Sleep(50 * time.Millisecond)
}
