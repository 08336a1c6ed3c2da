package main

import "fmt"

func main() {
	var i int = 1 + 2i
	var f float64 = 2i
	const k = 1 + 2i
	var u uint8 = k
	var c64 complex64 = 1e40 + 2i
	var c128 complex128 = 1e400i
	var arr [2i]int
	var c complex128
	_ = int(c)
	_ = float64(c)
	_ = complex128(f)
	fmt.Println(i, u, c64, c128, arr, "s"[1i])
}
