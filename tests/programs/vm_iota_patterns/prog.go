package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

type Flag uint8

const (
	Read Flag = 1 << iota
	Write
	Exec
)

const (
	x = iota * 2
	y
	z = "str"
	w
	v = iota
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Printf("%T %08b\n", Write, Read|Write|Exec)
	fmt.Println(x, y, z, w, v)
}
