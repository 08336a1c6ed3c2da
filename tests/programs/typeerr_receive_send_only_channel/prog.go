package main

import "fmt"

func produce(out chan<- int) {
	out <- 1
	v := <-out
	fmt.Println(v)
}

func main() {
	ch := make(chan int, 1)
	produce(ch)
}
