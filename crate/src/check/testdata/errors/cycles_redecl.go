package main

import "fmt"

var a = b
var b = a

const c = d
const d = c

type E struct{ x int }

func (E) M()  {}
func (*E) M() {}

func fmt() {}

func x() {}
func x() {}

func main() {
	v := 1
	v := 2
	var q int
	var q string
	_, _ = v, q
	L:
	for {
		break L
	}
	M:
	for {
	}
}
