package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	time.Sleep(1500 * time.Millisecond / 30)
	t1 := time.Now()
	fmt.Println("clock moved forward:", t1.After(t0))
	fmt.Println("slept at least 50ms:", t1.Sub(t0) >= 50*time.Millisecond)
	deadline := t0.Add(80 * time.Millisecond)
	fmt.Println("deadline still ahead:", time.Until(deadline) > 0)
}
