package main

import (
	"fmt"
	"time"
)

func main() {
	seats := []string{"free", "free", "free"}
	go func() {
		seats[1] = "booked"
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("seat 2 is", seats[1])
}
