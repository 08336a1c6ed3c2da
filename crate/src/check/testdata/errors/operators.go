package main

import "fmt"

type T struct{ x int }

func (t *T) P() {}

func main() {
	var a []int
	var m map[string]int
	var s string
	var i int
	var f float64
	fmt.Println(a == a, m == nil)
	fmt.Println(s + i)
	fmt.Println(i + 1.5)
	fmt.Println(i / 0)
	fmt.Println(!i, -s)
	fmt.Println(T{}.P)
	fmt.Println(a.x, f << 2)
	fmt.Println(1 << -1, i.(int), *i, &T{}, &i, i())
	var q interface{ M() }
	_ = q.(T)
}
