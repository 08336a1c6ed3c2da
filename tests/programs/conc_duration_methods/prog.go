package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Hour + 34*time.Minute + 56789*time.Millisecond
	fmt.Println(d)
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Minute))
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println((250400 * time.Microsecond).Round(10 * time.Millisecond))
	fmt.Println((-90 * time.Second).Abs())
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	delivery, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(delivery, delivery.Seconds())
}
