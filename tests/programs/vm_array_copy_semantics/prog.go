package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	p := &a
	p[2] = 30
	fmt.Println(a, *p)
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row)
	fmt.Println(a == [3]int{1, 2, 30}, len(grid), cap(a))
	for i, v := range a {
		a[2] = 99
		fmt.Println(i, v)
	}
	fmt.Println(a)
}
