package main

import (
	"fmt"
	"time"
)

func main() {
	updates := make(chan int)
	go func() {
		for pct := 20; pct <= 100; pct += 20 {
			time.Sleep(15 * time.Millisecond)
			updates <- pct
		}
	}()
	deadline := time.After(50 * time.Millisecond)
	for {
		select {
		case p := <-updates:
			fmt.Printf("upload %d%%\n", p)
		case <-deadline:
			fmt.Println("deadline reached; upload cancelled")
			return
		}
	}
}
