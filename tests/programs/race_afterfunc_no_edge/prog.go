package main

import (
	"fmt"
	"time"
)

func main() {
	status := "active"
	time.AfterFunc(5*time.Millisecond, func() {
		status = "expired" // runs in its own goroutine
	})
	time.Sleep(30 * time.Millisecond)
	fmt.Println("session", status)
}
