package main

import (
	"fmt"
	"time"
)

type Duration int64

const (
	Second Duration = 1000
	Minute          = 60 * Second
)

const untypedBig = 1 << 40

func main() {
	fmt.Println(Minute, Minute/Second)
	fmt.Printf("%T %T\n", Minute, untypedBig)
	var f float32 = untypedBig
	var i64 int64 = untypedBig
	fmt.Println(f, i64)
	d := 90 * time.Second
	fmt.Println(d, d.Minutes(), time.Duration(1500)*time.Millisecond)
	fmt.Println(time.Hour+30*time.Minute, 2*time.Millisecond+5*time.Microsecond, time.Duration(0))
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	const c = 10
	var u8 uint8 = c * 25
	fmt.Println(u8, c/3, c/3.0)
}
