package main

import "fmt"

func prices(values ...float64) <-chan float64 {
	out := make(chan float64)
	go func() {
		for _, v := range values {
			out <- v
		}
		close(out)
	}()
	return out
}

func addTax(in <-chan float64) <-chan float64 {
	out := make(chan float64)
	go func() {
		for v := range in {
			out <- v * 1.2
		}
		close(out)
	}()
	return out
}

func format(in <-chan float64) <-chan string {
	out := make(chan string)
	go func() {
		for v := range in {
			out <- fmt.Sprintf("$%.2f", v)
		}
		close(out)
	}()
	return out
}

func main() {
	for s := range format(addTax(prices(10, 24.99, 5.5))) {
		fmt.Println(s)
	}
}
