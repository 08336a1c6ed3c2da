package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:4]
	b := base[2:]
	a[1] = 20
	fmt.Println(base, a, b)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	a = append(a, 30)
	fmt.Println(base, a, b)
	a = append(a, 40, 50, 60)
	a[0] = -1
	fmt.Println(base, a)
	fmt.Println(len(a), cap(a))
	c := a[:0]
	fmt.Println(c, len(c), cap(c))
	d := base[:cap(base)]
	fmt.Println(d)
}
