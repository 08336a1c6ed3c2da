package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Println(^a, ^0)
	var u uint8 = 0b11110000
	fmt.Println(^u, u&^0b10100000)
	fmt.Printf("%08b %08b\n", u, ^u)
	x := 0xdeadbeef
	fmt.Println(x&0xffff, x>>16, x^x)
	count := 0
	for v := 255; v != 0; v &= v - 1 {
		count++
	}
	fmt.Println("bits:", count)
}
