package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	var p, s = 3, "s"
	fmt.Println(p, s)
	f, g := 0, 1
	for n := 0; n < 10; n++ {
		f, g = g, f+g
	}
	fmt.Println(f)
}
