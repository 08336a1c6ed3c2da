package main

import (
	"fmt"
	"time"
)

var (
	orders  int
	revenue float64
)

func main() {
	go func() {
		orders = 3
		revenue = 59.97
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(orders, revenue)
}
