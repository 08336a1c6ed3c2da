package main

import (
	"fmt"
	"slices"
)

func f() (r int) {
	for i, v := range slices.All([]int{5, 6, 7}) {
		defer func() { r += i }()
		if v == 6 {
			goto done
		}
	}
done:
	return 100
}

func main() {
	fmt.Println(f())
	for v := range slices.Values([]int{1, 2}) {
		switch {
		case v == 1:
			continue
		default:
			fmt.Println("v", v)
			break
		}
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		for range slices.Values([]int{1}) {
			panic("inside")
		}
	}()
}
