package main

import (
	"fmt"
	"time"
)

func main() {
	orders := []int{101, 102, 103}
	for i := 0; i < len(orders); i++ {
		go func(idx int) {
			fmt.Println("processing order", orders[idx])
		}(i)
	}
	time.Sleep(50 * time.Millisecond)
}
