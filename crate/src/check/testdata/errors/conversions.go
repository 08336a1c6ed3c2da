package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64
type ID string

func main() {
	var c Celsius = 100
	var f Fahrenheit = c
	f = Fahrenheit(c*9/5 + 32)
	var n int = 65
	s := string(n)
	b := []byte("hi")
	r := []rune(b)
	id := ID(42)
	var x float64 = "3.5"
	y, err := strconv.Atoi(3)
	z := int("12")
	var p *int = &n
	q := (*float64)(p)
	u := uint8(300)
	w := int8(-129)
	fmt.Println(f, s, r, id, x, y, err, z, q, u, w)
	var e error = fmt.Errorf("x")
	str := e.(fmt.Stringer)
	num := 3 / 2.0
	var k int = num
	fmt.Println(str, k)
}
