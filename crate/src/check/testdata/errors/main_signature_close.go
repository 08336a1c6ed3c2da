package main

import "fmt"

func main() int {
	x := []int{1, 2, 3}
	for i := 0; i < len(x); i++ {
		go fmt.Println(x[i])
	}
	var ch chan int = make(chan string)
	close(ch, ch)
	v, ok, extra := <-ch
	fmt.Println(v, ok, extra)
	return 0
}
