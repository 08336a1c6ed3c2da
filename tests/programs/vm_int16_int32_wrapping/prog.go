package main

import "fmt"

func main() {
	var a int16 = 32767
	a += 2
	fmt.Println(a)
	var b int32 = 2147483647
	b++
	fmt.Println(b)
	var c int32 = 1 << 30
	fmt.Println(c*4, c*2, c*3)
	var d int16 = 300
	fmt.Println(d * d)
}
