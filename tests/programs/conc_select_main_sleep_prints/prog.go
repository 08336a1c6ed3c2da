package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() { a <- "apples restocked" }()
	go func() { b <- "bread restocked" }()
	time.Sleep(5 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case m := <-a:
			fmt.Println(m)
		case m := <-b:
			fmt.Println(m)
		}
	}
}
