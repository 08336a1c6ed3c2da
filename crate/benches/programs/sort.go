package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := make([]int, 1_000_000)
	x := uint32(12345)
	for i := range xs {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		xs[i] = int(x % 1_000_000)
	}
	sort.Ints(xs)
	fmt.Println(xs[0], xs[len(xs)/2], xs[len(xs)-1])
}
