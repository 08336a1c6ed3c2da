package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fired := <-t.C
	fmt.Println("session expired; fired after 20ms:", fired.Sub(start) >= 20*time.Millisecond)
	fmt.Println("Stop after firing:", t.Stop())
}
