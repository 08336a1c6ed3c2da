package main

import (
	"fmt"
	"time"
)

func main() {
	go func(name string, shots int) {
		fmt.Printf("%s asked for %d shots\n", name, shots)
	}("Barbara", 3)
	time.Sleep(100 * time.Millisecond)
}
