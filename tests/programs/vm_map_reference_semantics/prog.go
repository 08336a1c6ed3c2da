package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(k)
}

func reset(m map[string]int) {
	m = map[string]int{}
	m["new"] = 1
}

func main() {
	m := map[string]int{}
	add(m, "hello")
	other := m
	other["x"] = 7
	reset(m)
	fmt.Println(m, other)
	clear(m)
	fmt.Println(m, len(other))
}
