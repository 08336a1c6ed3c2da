package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() {
		done <- "cart abandoned email sent"
	})
	fmt.Println("customer left the site")
	fmt.Println(<-done)
}
