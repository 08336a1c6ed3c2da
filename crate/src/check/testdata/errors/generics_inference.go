package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) }

func MaxOf[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type MyInt int

func Double[T Number](x T) T { return x * 2 }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, MaxOf(1, 2), MaxOf("a", "b"), Double(MyInt(3)))
	fmt.Println(MaxOf(1, "b"))
	fmt.Println(MaxOf([]int{1}, []int{2}))
	evens := Filter([]int{1, 2, 3}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, slices.Index([]string{"a"}, 1))
	var q Pair[int]
	fmt.Println(Double("x"), q)
	fmt.Println(strings.Map(func(r rune) rune { return r }, "x"))
	type local[T any] struct{}
	var b Pair[[]int, int]
	_ = b
}
