package main

import "fmt"

type P struct{ X int }

func get() P { return P{} }

func main() {
	m := map[string]P{}
	m["a"].X = 1
	get().X = 2
	const c = 1
	c = 2
	s := "abc"
	s[0] = 'x'
	a, b := 1
	var f float64 = 1
	var i int = 2
	f = i
	i += 1.5
	i++
	s++
	_, _ = a, b
	fmt.Println(len(s), f)
	var arr [3]int
	arr[5] = 1
	arr[-1] = 0
	_ = arr[1.5]
	x := []int{1, 2, 3}
	_ = x["a"]
	var p *P
	p.Y = 1
}
