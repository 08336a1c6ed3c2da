package main

import (
	"fmt"
	"time"
)

var onShipped func(id int)

func main() {
	fmt.Println("hook registered:", onShipped != nil)
	go onShipped(42)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("unreachable")
}
