package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B Point
	Tags [2]string
}

func move(p Point) Point {
	p.X += 10
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	fmt.Println(p, q)
	r := move(p)
	fmt.Println(p, r)
	l := Line{A: p, B: q, Tags: [2]string{"a", "b"}}
	m := l
	m.A.Y = 77
	m.Tags[0] = "z"
	fmt.Println(l, m)
	fmt.Println(l == m, l.B == m.B)
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 100
	}
	fmt.Println(pts)
}
