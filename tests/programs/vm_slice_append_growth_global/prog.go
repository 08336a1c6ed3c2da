package main

import "fmt"

// Package-level slices always live on the heap: their capacities follow the
// runtime's growth rule (double below 256, then ~1.25x) rounded up to size classes.
var (
	nums  []int
	names []string
	flags []bool
)

func main() {
	last := -1
	for i := 0; i < 5000; i++ {
		nums = append(nums, i)
		if cap(nums) != last {
			fmt.Print(cap(nums), " ")
			last = cap(nums)
		}
	}
	fmt.Println()
	for i := 0; i < 20; i++ {
		names = append(names, "n")
		flags = append(flags, true)
		fmt.Print(cap(names), "/", cap(flags), " ")
	}
	fmt.Println()
	nums = append(nums[:0:0], 1, 2, 3, 4, 5)
	fmt.Println(len(nums), cap(nums))
	names = append(names[:0:0], make([]string, 33)...)
	fmt.Println(len(names), cap(names))
}
