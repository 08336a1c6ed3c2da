package main

import "fmt"

type Number interface {
	~int | ~int32 | ~float64
}

type Meters float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func MaxOf[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int32](7, 8))
	m := Sum(Meters(1.25), Meters(2))
	fmt.Printf("%v %T\n", m, m)
	fmt.Println(MaxOf(3, 9), MaxOf("pear", "apple"))
	fmt.Println(Contains([]string{"a", "b"}, "b"), Contains([]float64{1}, 2))
	type pt struct{ x, y int }
	fmt.Println(Contains([]pt{{1, 2}}, pt{1, 2}))
	fmt.Println(Sum[float64]())
}
