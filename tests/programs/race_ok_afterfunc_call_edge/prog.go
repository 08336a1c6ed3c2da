package main

import (
	"fmt"
	"time"
)

func main() {
	total := 40
	done := make(chan bool)
	total += 1 // before AfterFunc: the function sees it
	time.AfterFunc(time.Millisecond, func() {
		total += 1
		done <- true
	})
	<-done
	fmt.Println(total)
}
