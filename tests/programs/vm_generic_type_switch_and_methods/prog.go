package main

import (
	"fmt"
	"strconv"
)

type Stringish interface {
	~string | ~int
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

type Shower interface {
	Show() string
}

type Num int

func (n Num) Show() string { return fmt.Sprint("#", int(n)) }

func ShowAll[T Shower](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Show()
	}
	return out
}

func Conv[T Stringish](v T) string {
	return fmt.Sprintf("%v:%T", v, v)
}

func main() {
	fmt.Println(Describe(3), Describe("x"), Describe(Name("n")), Describe(2.5))
	fmt.Println(ShowAll([]Num{1, 2, 3}))
	fmt.Println(Conv(Name("a")), Conv(7))
}
