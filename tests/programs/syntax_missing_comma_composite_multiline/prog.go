package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{
		X: 1,
		Y: 2
	}
	q := []int{1 2}
	fmt.Println(p, q)
}
