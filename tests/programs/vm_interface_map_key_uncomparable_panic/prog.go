package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["two"] = 2
	fmt.Println(len(m))
	key := map[string]int{}
	m[key] = 3
	fmt.Println(len(m))
}
