package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	a := append(s, 1)
	b := append(s, 2)
	fmt.Println(a[3], b[3])
	t := []int{1, 2, 3}
	c := append(t, 4)
	d := append(t, 5)
	fmt.Println(c, d)
	u := t[:2]
	u = append(u, 99)
	fmt.Println(t, u)
}
