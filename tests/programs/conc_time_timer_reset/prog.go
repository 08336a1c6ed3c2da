package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	idle := time.NewTimer(30 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		time.Sleep(10 * time.Millisecond)
		// User activity pushes the idle deadline back.
		idle.Reset(30 * time.Millisecond)
		fmt.Println("activity", i, "- idle timer reset")
	}
	<-idle.C
	elapsed := time.Since(start)
	fmt.Println("logged out for inactivity; at least 60ms passed:", elapsed >= 60*time.Millisecond)
	fmt.Println("elapsed:", elapsed.Truncate(30*time.Millisecond))
}
