package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	reminder := time.After(30 * time.Millisecond)
	fmt.Println("reminder scheduled")
	t := <-reminder
	waited := t.Sub(start)
	fmt.Println("reminder fired after at least 30ms:", waited >= 30*time.Millisecond)
	fmt.Println("measured:", time.Since(start).Truncate(30*time.Millisecond))
}
