package main

import (
	"fmt"
	"time"
)

type Address struct {
	Street string
	City   string
}

func main() {
	addr := Address{"1 Main St", "Springfield"}
	go func() {
		addr.City = "Shelbyville"
	}()
	time.Sleep(10 * time.Millisecond)
	snapshot := addr // copying the struct reads every field
	fmt.Println("shipping to", snapshot.City)
}
