package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 8, 31, 32, 63, 64, 100} {
		fmt.Println(s, x<<s)
	}
	n := -16
	fmt.Println(n>>2, n>>10, n>>63)
	var u uint8 = 0x81
	fmt.Println(u<<1, u>>1, u<<8)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32)
	var sh int = 3
	fmt.Println(5<<sh, 40>>sh)
	var i32 int32 = -1
	fmt.Println(uint32(i32)>>28, i32>>28)
}
