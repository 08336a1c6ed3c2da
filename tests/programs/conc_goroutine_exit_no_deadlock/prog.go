package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred call runs on Goexit")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main continues")
}
