package main

import (
	"fmt"
	"time"
)

func main() {
	fired := make(chan bool, 1)
	reminder := time.AfterFunc(20*time.Millisecond, func() {
		fired <- true
	})
	fmt.Println("customer completed checkout, cancelling reminder:", reminder.Stop())
	time.Sleep(40 * time.Millisecond)
	select {
	case <-fired:
		fmt.Println("reminder was sent anyway")
	default:
		fmt.Println("no reminder sent")
	}
}
