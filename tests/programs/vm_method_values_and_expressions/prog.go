package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

func (g *Greeter) Set(s string) { g.greeting = s }

func apply(names []string, f func(string) string) []string {
	out := []string{}
	for _, n := range names {
		out = append(out, f(n))
	}
	return out
}

func main() {
	g := Greeter{"Hi"}
	hello := g.Greet
	g.Set("Yo")
	fmt.Println(apply([]string{"a", "b"}, hello))
	fmt.Println(apply([]string{"c"}, g.Greet))
	expr := Greeter.Greet
	fmt.Println(expr(g, "d"))
	set := (*Greeter).Set
	set(&g, "Hey")
	fmt.Println(g.Greet("e"))
	fmt.Println(apply([]string{"x", "y"}, strings.ToUpper))
	var fs []func(string) string
	for _, w := range []string{"<", ">"} {
		fs = append(fs, Greeter{w}.Greet)
	}
	for _, f := range fs {
		fmt.Println(f("v"))
	}
	up := strings.ToUpper
	fmt.Printf("%T %v\n", up, up("z"))
}
