package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tick
		fmt.Println("poll", i)
	}
	fmt.Println("three polls took about", time.Since(start).Truncate(30*time.Millisecond))
}
