package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("warming the product cache in the background")
	}()

	fmt.Println("serving the storefront")
	time.Sleep(50 * time.Millisecond)
}
