package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 1; i <= 3; i++ {
		go func() {
			time.Sleep(10 * time.Millisecond)
			fmt.Println("call", i, "returned")
		}()
	}
	time.Sleep(60 * time.Millisecond)
	fmt.Println("main done")
}
