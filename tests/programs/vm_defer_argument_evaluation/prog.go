package main

import "fmt"

type T struct{ v int }

func (t T) show()   { fmt.Println("value recv", t.v) }
func (t *T) showP() { fmt.Println("ptr recv", t.v) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	t := T{1}
	defer t.show()
	defer t.showP()
	t.v = 5
	defer un(trace("main"))
	fmt.Println("working, x =", x)
	x = 3
}
