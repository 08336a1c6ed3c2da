package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b)
	m := map[string]int{}
	fmt.Println(m == m)
}
