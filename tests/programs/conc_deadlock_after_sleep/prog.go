package main

import (
	"fmt"
	"time"
)

func main() {
	reply := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("supplier took too long and gave up")
	}()
	fmt.Println("waiting for supplier")
	fmt.Println(<-reply)
}
