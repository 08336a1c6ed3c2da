package main

import "fmt"

func main() {
	var c complex128 = 1
	var c64 complex64 = 3
	var s uint = 2
	fmt.Println(c < c, c64 > c64)
	fmt.Println(c % c)
	fmt.Println(c == c64)
	_ = c & c
	_ = ^c
	_ = c << 1
	_ = complex(1, 2) >= 1
	_ = 1.5 + 3i + "a"
	_ = 1 << 2i
	_ = c >> s
}
