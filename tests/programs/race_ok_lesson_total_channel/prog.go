package main

import "fmt"

func sum(n int, out chan<- int) {
	total := 0
	for i := 1; i <= n; i++ {
		total += i
	}
	out <- total
}

func main() {
	result := make(chan int)
	go sum(100, result)
	fmt.Println("total:", <-result)
}
