package main

import (
	"fmt"
	"time"
)

func main() {
	done := false
	go func() {
		time.Sleep(5 * time.Millisecond)
		done = true
	}()
	for !done {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("export finished")
}
