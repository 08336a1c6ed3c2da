package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 1; i <= 3; i++ {
		go func() {
			fmt.Println("packing box", i)
		}()
	}
	time.Sleep(50 * time.Millisecond)
}
