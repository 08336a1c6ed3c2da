package main

import (
	"fmt"
	"time"
)

func main() {
	queue := make(chan int, 4)
	queue <- 1
	go close(queue)
	go copy(make([]int, 1), []int{9})
	time.Sleep(10 * time.Millisecond)
	for v := range queue {
		fmt.Println("drained", v)
	}
	fmt.Println("queue closed by a goroutine")
}
