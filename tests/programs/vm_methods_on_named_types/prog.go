package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Join() string { return strings.Join(w, "-") }

func (w *Words) Add(s string) { *w = append(*w, s) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
	s := Set{"x": true}
	fmt.Println(s.Has("x"), s.Has("y"))
}
