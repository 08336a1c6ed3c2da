package main

import "fmt"

type Number interface {
	~int | ~float64 | ~complex64 | ~complex128
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x * x
	}
	return s
}

func Eq[T comparable](a, b T) bool { return a == b }

type Pair[T any] struct{ A, B T }

func main() {
	fmt.Println(Sum(1+1i, 2-1i), Sum[complex64](0.1, 0.2i), Sum(1.5, 2))
	fmt.Println(Eq(1i, 1i), Eq[any](complex64(1), complex128(1)))
	p := Pair[complex64]{1, 2i}
	fmt.Printf("%v %+v %T\n", p, p, p)
	f := func(z complex128) complex128 { return z * z }
	g := f
	fmt.Println(g(1i), -Sum(1i))
	var zs []complex128
	for i := range 4 {
		zs = append(zs, complex(float64(i), float64(i)/2))
	}
	m := map[complex128][]int{}
	for i, z := range zs {
		m[z*0] = append(m[z*0], i)
	}
	fmt.Println(zs, m)
	var w complex64 = 3
	w = w*2 + 1i
	fmt.Println(w, w/0, w == 6+1i)
}
