package main

import (
	"cmp"
	"fmt"
)

func BubbleSort[T cmp.Ordered](xs []T) (swaps int) {
	for n := len(xs); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if xs[i] < xs[i-1] {
				xs[i], xs[i-1] = xs[i-1], xs[i]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return
}

func InsertionSortBy[T any](xs []T, less func(a, b T) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MergeSort(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l, r := MergeSort(xs[:mid]), MergeSort(xs[mid:])
	out := make([]int, 0, len(xs))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func main() {
	ints := []int{5, 1, 4, 2, 8, 0, 2}
	fmt.Println(BubbleSort(ints), ints)
	words := []string{"kiwi", "apple", "fig"}
	fmt.Println(BubbleSort(words), words)
	type kv struct {
		k string
		v int
	}
	pairs := []kv{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}}
	InsertionSortBy(pairs, func(a, b kv) bool { return a.v > b.v })
	fmt.Println(pairs)
	data := []int{38, 27, 43, 3, 9, 82, 10}
	fmt.Println(MergeSort(data), data)
}
