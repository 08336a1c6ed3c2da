package main

import (
	"fmt"
	str "strings"
	. "math"
)

type Celsius = float64

type IntList = []int

type Point struct{ X, Y int }

type Pt = Point

func (p Pt) Sum() int { return p.X + p.Y }

func main() {
	fmt.Println(str.ToUpper("alias"), Sqrt(16), Pi > 3)
	var c Celsius = 21.5
	var f float64 = c
	fmt.Printf("%v %T\n", f, c)
	l := IntList{1, 2}
	l = append(l, 3)
	fmt.Printf("%v %T\n", l, l)
	p := Pt{1, 2}
	fmt.Printf("%v %T %d\n", p, p, Point(p).Sum())
	type byteAlias = byte
	var b byteAlias = 'z'
	fmt.Printf("%T %v\n", b, b)
}
