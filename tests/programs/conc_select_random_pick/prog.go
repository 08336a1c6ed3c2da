package main

import "fmt"

func main() {
	red := make(chan string, 1)
	green := make(chan string, 1)
	blue := make(chan string, 1)
	red <- "red"
	green <- "green"
	blue <- "blue"
	select {
	case c := <-red:
		fmt.Println("picked", c)
	case c := <-green:
		fmt.Println("picked", c)
	case c := <-blue:
		fmt.Println("picked", c)
	}
}
