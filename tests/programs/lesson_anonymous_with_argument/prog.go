package main

import (
	"fmt"
	"time"
)

func main() {
	go func(name string) {
		fmt.Println("welcome email sent to", name)
	}("Alex")

	time.Sleep(50 * time.Millisecond)
}
