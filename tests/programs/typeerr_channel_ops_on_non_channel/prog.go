package main

import "fmt"

func main() {
	queue := []int{1, 2}
	queue <- 3
	v := <-queue
	fmt.Println(v)
}
