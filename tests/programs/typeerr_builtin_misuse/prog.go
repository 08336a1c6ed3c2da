package main

import "fmt"

func main() {
	n := 5
	fmt.Println(len(n))
	s := make([]int)
	m := make(int)
	delete(s, 0)
	fmt.Println(cap(map[string]int{}), s, m)
}
