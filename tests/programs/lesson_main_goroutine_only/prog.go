package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("orders to ship today:", 42)
	fmt.Println("goroutines running:", runtime.NumGoroutine())
}
