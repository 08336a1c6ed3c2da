package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var out chan<- int = ch
	out <- 1
	fmt.Println(<-out)
}
