package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	done := time.After(45 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
			fmt.Println("backup progress tick", ticks)
		case <-done:
			fmt.Println("backup finished after", ticks, "ticks")
			return
		}
	}
}
