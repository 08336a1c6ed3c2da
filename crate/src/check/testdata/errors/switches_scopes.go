package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Point struct{ X, Y int }

func describe(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Println(v + 1)
	case string, bool:
		fmt.Println(v + 1)
	case Sq:
		fmt.Println(v.Area())
	case float64:
	}
}

func main() {
	var s Shape = Sq{2}
	switch s.(type) {
	case Sq:
	case Point:
	}
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2)
	type K struct{ xs []int }
	k1, k2 := K{}, K{}
	fmt.Println(k1 == k2)
	m := map[K]int{}
	var fn1, fn2 func()
	fmt.Println(fn1 == fn2, m)
	if x := 5; x {
	}
	for i := 0; i; i++ {
	}
	var arr [3]int
	for i := range arr {
		i := i
	}
	x := 10
	if true {
		x := 20
		fmt.Println(x)
	}
	var _ = p1.Z
	fmt.Println(Point{1})
	fmt.Println(&Point{X: 1, 2})
}
