package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), a, b)
	fmt.Printf("%v %#v %#v\n", a, a, b)
	a = append(a, 1)
	fmt.Println(a, len(a), cap(a))
	for range []int(nil) {
		fmt.Println("never")
	}
	var m [][]string
	fmt.Println(len(m), m == nil)
	s := a[1:]
	fmt.Println(s, s == nil, len(s))
}
