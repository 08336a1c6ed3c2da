package main

import (
	"fmt"
	"time"
)

func main() {
	status := "active"
	done := make(chan struct{})
	time.AfterFunc(5*time.Millisecond, func() {
		status = "expired"
		close(done)
	})
	<-done
	fmt.Println("session", status)
}
