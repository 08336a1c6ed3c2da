package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(40 * time.Millisecond)
	fmt.Println("stopped before firing:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("timer fired")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("stopped timer never fired")
	}
	fmt.Println("second Stop:", t.Stop())
}
