package main

import "fmt"

func main() {
	approvals := make(chan string)
	rejections := make(chan string)
	fmt.Println("awaiting review")
	select {
	case a := <-approvals:
		fmt.Println("approved", a)
	case r := <-rejections:
		fmt.Println("rejected", r)
	}
}
