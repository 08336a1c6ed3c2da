package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(s, c)
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s), slices.Equal(s, c))
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	slices.Reverse(c)
	fmt.Println(c)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 3}, 1, 10, 11))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.IndexFunc(s, func(n int) bool { return n > 4 }))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	type P struct {
		N string
		A int
	}
	ps := []P{{"x", 2}, {"y", 1}, {"z", 2}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.A, b.A) })
	fmt.Println(ps)
	fmt.Println(slices.ContainsFunc(ps, func(p P) bool { return p.N == "z" }))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), min(4, 2, 8))
}
