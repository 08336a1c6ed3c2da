package main

import "fmt"

type Integer interface {
	~int | ~int64
}

func Sum[T Integer](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum([]float64{1.5, 2}))
}
