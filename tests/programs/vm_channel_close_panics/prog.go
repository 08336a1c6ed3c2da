package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	ch := make(chan int, 1)
	close(ch)
	try("send on closed", func() { ch <- 1 })
	try("close closed", func() { close(ch) })
	var nc chan int
	try("close nil", func() { close(nc) })
	try("recv closed", func() { <-ch })
}
