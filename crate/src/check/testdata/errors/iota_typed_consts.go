package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Color uint8

const (
	Red Color = iota + 250
	Green
	Blue
	Alpha
	Beta
	Gamma
	Delta
)

const Big = 1 << 62
const Huge int64 = Big * 4

func main() {
	fmt.Println(KB, MB, GB, Red, Delta)
	var c Color = 256
	const x uint = 1 << 64
	fmt.Println(c, x, Huge)
	fmt.Println(iota)
	const m = -5 % 3
	var f float32 = 1e39
	fmt.Println(m, f, 'a'+1, "s"+"t", 1<<3.0, 1<<2.5)
}
