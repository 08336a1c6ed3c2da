package main

import "fmt"

func main() {
	ratings := make(chan int)
	go func() {
		for _, r := range []int{5, 4, 5} {
			ratings <- r
		}
	}()
	sum := 0
	for r := range ratings {
		sum += r
		fmt.Println("running total", sum)
	}
	fmt.Println("unreachable")
}
