package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int | ~int8 | ~int64 | ~float32 | ~float64
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(Average([]int8{100, 100, 100}), Average([]float32{0.5, 0.25}), Average[int](nil))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int](), Zero[[]int]() == nil, Zero[struct{ A int }]())
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	s := Set[string]{}
	s.Add("a", "b", "a")
	fmt.Println(len(s), s.Has("a"), s.Has("z"))
}
