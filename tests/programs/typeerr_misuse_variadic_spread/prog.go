package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	xs := []int{1, 2}
	fmt.Println(sum(1, xs...))
	fmt.Println(sum(xs))
}
