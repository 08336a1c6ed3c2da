package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		panic("second panic")
	}()
	defer fmt.Println("deferred 3 runs")
	panic("first panic")
}
