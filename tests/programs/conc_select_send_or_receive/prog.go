package main

import "fmt"

func main() {
	out := make(chan int, 1)
	in := make(chan int, 1)
	out <- 0 // out is full, in is empty: nothing is ready
	for step := 1; step <= 4; step++ {
		select {
		case out <- step * 100:
			fmt.Println("step", step, "sent", step*100)
		case v := <-in:
			fmt.Println("step", step, "received", v)
		default:
			fmt.Println("step", step, "nothing ready")
		}
		switch step {
		case 1:
			in <- 7 // only the receive is ready
		case 2:
			<-out // only the send is ready
		}
	}
	fmt.Println("out holds", <-out)
}
