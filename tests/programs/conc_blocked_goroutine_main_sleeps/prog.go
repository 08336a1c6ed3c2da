package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	go func() {
		<-never // blocked forever, but main is only sleeping: no deadlock
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up and returns normally")
}
