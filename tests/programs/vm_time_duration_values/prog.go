package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 61 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -90 * time.Minute}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3*time.Hour + 25*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour))
	fmt.Printf("%v %d %s %T\n", time.Millisecond, time.Millisecond, 2*time.Second, time.Second)
	fmt.Println(time.Duration(1<<63 - 1))
}
