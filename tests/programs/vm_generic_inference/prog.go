package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Scale[S ~[]E, E Num](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func First[T any](xs []T) (T, bool) {
	if len(xs) == 0 {
		var z T
		return z, false
	}
	return xs[0], true
}

func main() {
	v := Vec{1, -2, 3}
	w := Scale(v, 2)
	fmt.Println(w, w.Norm1())
	fmt.Printf("%T\n", w)
	fmt.Println(Keys(map[string]bool{"a": true}))
	x, ok := First([]string{})
	fmt.Printf("%q %v\n", x, ok)
	y, ok := First([]int{9})
	fmt.Println(y, ok)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
