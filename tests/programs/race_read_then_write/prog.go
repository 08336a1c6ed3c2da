package main

import (
	"fmt"
	"time"
)

func main() {
	balance := 100
	go func() {
		if balance > 50 {
			fmt.Println("goroutine saw enough balance")
		}
	}()
	time.Sleep(10 * time.Millisecond)
	balance -= 60
	time.Sleep(10 * time.Millisecond)
	fmt.Println("withdrawal done")
}
