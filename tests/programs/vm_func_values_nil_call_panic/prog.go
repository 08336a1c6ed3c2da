package main

import "fmt"

type Handlers map[string]func(int) int

func main() {
	h := Handlers{"double": func(n int) int { return n * 2 }}
	fmt.Println(h["double"](21))
	f := h["triple"]
	fmt.Println(f == nil)
	fmt.Println(f(3))
}
