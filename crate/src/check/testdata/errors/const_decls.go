package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100

const (
	A = iota * 10
	B
	C = "s"
	D
)

func main() {
	var w Weekday = Monday
	var i int = w
	fmt.Println(big)
	var x int8 = 200
	var y uint8 = -1
	z := big
	const s string = 1
	var f float32 = big
	var u = 'a' + "b"
	fmt.Println(i, x, y, z, f, u, A, B, C, D)
	const k = 10 / 0
	var m = 5 % 2.0
	fmt.Println(m, 7.0 % 2)
}
