package main

import "fmt"

func subtotal(prices []int, out chan<- int) {
	s := 0
	for _, p := range prices {
		s += p
	}
	out <- s
}

func main() {
	cart := []int{120, 45, 300, 18, 75, 60, 9, 240}
	out := make(chan int)
	go subtotal(cart[:4], out)
	go subtotal(cart[4:], out)
	a, b := <-out, <-out
	fmt.Println("total:", a+b)
}
