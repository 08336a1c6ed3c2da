package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	<-time.After(0)
	<-time.After(-time.Minute)
	fmt.Println("returned at once:", time.Since(start) < 20*time.Millisecond)
	fmt.Println("time.Tick of a negative duration is nil:", time.Tick(-1) == nil)
}
