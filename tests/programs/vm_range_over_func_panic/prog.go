package main

import (
	"fmt"
	"slices"
)

func total(prices []int) int {
	sum := 0
	for i, p := range slices.All(prices) {
		if p < 0 {
			panic(fmt.Sprintf("bad price at %d", i))
		}
		sum += p
	}
	return sum
}

func main() {
	fmt.Println(total([]int{1, 2}))
	fmt.Println(total([]int{1, -2}))
}
