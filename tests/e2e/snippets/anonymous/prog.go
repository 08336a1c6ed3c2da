package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("grinding beans in the background")
	}()
	fmt.Println("greeting the customer")
	time.Sleep(100 * time.Millisecond)
}
