package main

import (
	"fmt"
	"time"
)

func main() {
	var shelf [3]int
	p := &shelf
	go func() {
		p[2] = 40
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("shelf:", shelf[2])
}
