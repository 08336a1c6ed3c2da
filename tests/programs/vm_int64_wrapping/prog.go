package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a)
	var b int = math.MinInt64
	b--
	fmt.Println(b)
	var c int64 = 1 << 62
	fmt.Println(c*2, c*4)
	x := 3037000500
	fmt.Println(x * x)
	fmt.Println(math.MinInt64 / -1 == math.MinInt64)
}
