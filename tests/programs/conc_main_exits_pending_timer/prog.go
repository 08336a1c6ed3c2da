package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("never printed: main is gone")
	})
	t := time.NewTimer(time.Hour)
	_ = t
	fmt.Println("main returns with two timers pending")
}
