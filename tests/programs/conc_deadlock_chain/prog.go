package main

import "fmt"

func relay(name string, in <-chan int, out chan<- int) {
	v := <-in
	fmt.Println(name, "got", v)
	out <- v + 1
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go relay("first", a, b)
	go relay("second", b, c)
	a <- 1
	// main never reads c, and second blocks sending on it.
	a <- 2
}
