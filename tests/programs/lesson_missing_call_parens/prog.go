package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("refreshing inventory")
	}

	time.Sleep(50 * time.Millisecond)
}
