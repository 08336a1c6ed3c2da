package main

import "fmt"

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
)

var registry = map[string]int{}

func f(name string, v int) int {
	fmt.Println("init var", name, v)
	return v
}

func init() {
	fmt.Println("init 1, a =", a)
	registry["one"] = 1
}

func init() {
	fmt.Println("init 2, registry size", len(registry))
	registry["two"] = 2
}

func main() {
	fmt.Println("main", a, b, c, registry)
}
