package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		1500,
		250 * time.Millisecond,
		1500 * time.Millisecond,
		2 * time.Minute,
		90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second,
		26 * time.Hour,
		-5 * time.Second,
		1234567 * time.Microsecond,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Printf("%v %s %d\n", 3*time.Second, 40*time.Millisecond, 2*time.Millisecond)
}
