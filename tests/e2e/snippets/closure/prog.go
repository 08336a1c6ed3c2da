package main

import (
	"fmt"
	"time"
)

func main() {
	customer := "Linus"
	cups := 2
	go func() {
		fmt.Printf("texting %s: your %d cups are ready\n", customer, cups)
	}()
	time.Sleep(100 * time.Millisecond)
}
