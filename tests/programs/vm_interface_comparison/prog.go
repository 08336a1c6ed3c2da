package main

import "fmt"

type K struct{ a, b int }

func main() {
	var x, y any = 1, 1
	fmt.Println(x == y)
	x, y = 1, int64(1)
	fmt.Println(x == y)
	x, y = K{1, 2}, K{1, 2}
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y, x != nil)
	var e1, e2 error
	fmt.Println(e1 == e2)
	p := &K{}
	x, y = p, p
	fmt.Println(x == y, x == any(&K{}))
	x = 3
	fmt.Println(x == 3, x == "3")
}
