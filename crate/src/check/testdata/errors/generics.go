package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	fmt.Println(Sum([]int{1, 2}))
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Map([]int{1}, func(i int) string { return fmt.Sprint(i) }))
	var s Stack[int]
	s.Push("x")
	var t Stack
	Keys(nil)
	x := Sum
	_, _ = t, x
}
