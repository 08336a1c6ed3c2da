package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("background job finished")
	}()
	defer fmt.Println("deferred call in main runs")
	runtime.Goexit()
}
