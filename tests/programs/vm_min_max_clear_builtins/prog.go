package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), -1e308), min(-0.0, 0.0))
	var u uint8 = 200
	fmt.Println(max(u, 100), min(u, 255))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m))
	const c = max(1, 2.5)
	fmt.Println(c)
}
