package main

import "fmt"

type Worker struct {
	results chan int
}

func main() {
	var w Worker
	fmt.Println("reading result")
	fmt.Println(<-w.results)
}
