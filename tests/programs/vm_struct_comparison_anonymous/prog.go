package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	k1 := Key{"a", 1}
	k2 := Key{"a", 1}
	k3 := Key{B: 1}
	fmt.Println(k1 == k2, k1 == k3, k1 != k3)
	anon := struct {
		A string
		B int
	}{"a", 1}
	fmt.Println(k1 == Key(anon))
	var zero Key
	fmt.Println(zero == Key{}, zero)
	fmt.Printf("%q %d\n", zero.A, zero.B)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range pts {
		fmt.Print(p.X+p.Y, " ")
	}
	fmt.Println()
	type local struct{ n int }
	l := local{5}
	fmt.Printf("%v %+v %T\n", l, l, l)
	e := struct{}{}
	fmt.Println(e == struct{}{}, e)
}
