package main

import "fmt"

type I interface{ M() }
type S struct{}

func (s *S) M() {}

func g(a int, b string) {}

func h() int {
	for {
	}
}

func k(x int) int {
	if x > 0 {
		return 1
	}
}

func main() {
	x := 1
	x++
	y := 2
	y = 3
	var i I = S{}
	g(1)
	g(1, "a", 3)
	fmt.Foo()
	var s S
	s.z = 1
	undefinedThing()
	z, w := 1
	_ = i
}
