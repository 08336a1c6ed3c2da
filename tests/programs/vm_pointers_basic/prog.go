package main

import "fmt"

func inc(p *int) {
	*p++
}

func newInt(v int) *int {
	return &v
}

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r)
	pp := &p
	**pp = 42
	fmt.Println(x)
	n := new(int)
	fmt.Println(*n)
	*n = 3
	var nilp *int
	fmt.Println(*n, nilp == nil, nilp)
}
