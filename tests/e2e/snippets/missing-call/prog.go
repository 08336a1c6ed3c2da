package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("brewing in the background")
	}
	time.Sleep(100 * time.Millisecond)
}
