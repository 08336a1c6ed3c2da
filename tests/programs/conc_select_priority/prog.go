package main

import "fmt"

func main() {
	urgent := make(chan string, 3)
	normal := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		urgent <- fmt.Sprint("urgent ticket ", i)
		normal <- fmt.Sprint("normal ticket ", i)
	}
	for i := 0; i < 6; i++ {
		select {
		case t := <-urgent:
			fmt.Println(t)
			continue
		default:
		}
		select {
		case t := <-urgent:
			fmt.Println(t)
		case t := <-normal:
			fmt.Println(t)
		}
	}
}
