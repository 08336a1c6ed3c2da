package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(s, a)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(s, *p)
	var empty []int
	z := [0]int(empty)
	fmt.Println(z, len(z))
	defer func() { fmt.Println("recovered:", recover()) }()
	short := s[:2]
	b := [3]int(short)
	fmt.Println(b)
}
