package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type PT[T any] interface {
	*T
	M()
}

type A[N int | string, P *N,] struct{}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func main() {
	s := &Stack[int]{}
	s.Push(1)
	v, ok := s.Pop()
	fmt.Println(v, ok, Sum([]float64{1.5, 2}), Sum[int]([]int{1}), len(Keys(map[string]int{"a": 1})))
	_ = A[int, *int]{}
}
