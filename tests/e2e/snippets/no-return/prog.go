package main

import (
	"fmt"
	"time"
)

func bill(prices []int) int {
	sum := 0
	for _, p := range prices {
		sum += p
	}
	fmt.Println("bill computed:", sum)
	return sum
}

func main() {
	go bill([]int{250, 180, 320}) // the result has nowhere to go
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main never sees the total")
}
