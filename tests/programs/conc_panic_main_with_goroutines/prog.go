package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	var total, count int
	fmt.Println("average basket:", total/count)
}
