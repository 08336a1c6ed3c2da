package main

import "fmt"

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		a <- i * 10
		b <- i * 100
	}
	close(a)
	close(b)
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("both drained, sum:", sum)
}
