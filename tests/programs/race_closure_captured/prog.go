package main

import (
	"fmt"
	"time"
)

func main() {
	discount := 0
	apply := func() {
		discount = 15
	}
	go apply()
	time.Sleep(10 * time.Millisecond)
	discount = 20
	fmt.Println("discount:", discount)
}
