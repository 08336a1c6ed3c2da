package main

import (
	"fmt"
	"runtime"
)

func main() {
	go fmt.Println("background: cache warmed")
	runtime.Gosched()
	fmt.Println("main: serving requests")
}
