package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

type Named interface {
	Name() string
}

type Dog struct{}

func (d Dog) Name() int { return 1 }

func show(s Shape) { fmt.Println(s.Area()) }

func main() {
	show(Rect{1, 2})
	show(Circle{1})
	show(&Circle{1})
	var n Named = Dog{}
	var s fmt.Stringer = 5
	var e error = "oops"
	r := Rect{w: 1, x: 2}
	r2 := Rect{1}
	r3 := Rect{1, 2, 3}
	_, _, _, _, _, _ = n, s, e, r, r2, r3
}
