package main

import "fmt"

func main() {
	x := 300
	fmt.Println(uint8(x), int8(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	z := int64(-129)
	fmt.Println(int8(z), uint8(z))
	var big uint64 = 1<<63 + 5
	fmt.Println(int64(big), int32(big), int(big))
	f := 3.99
	fmt.Println(int(f), int(-f))
	g := -0.5
	fmt.Println(int(g))
	var b byte = 'A'
	fmt.Println(b, string(rune(b)), rune(b)+1)
	fmt.Println(float64(7)/2, float32(1)/3)
}
