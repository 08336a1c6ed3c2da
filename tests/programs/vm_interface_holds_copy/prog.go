package main

import "fmt"

type Box struct{ V int }

func (b Box) Get() int { return b.V }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.V = 2
	fmt.Println(g.Get(), b.Get())
	var a any = b
	b.V = 3
	fmt.Println(a.(Box).V)
	pb := &Box{10}
	g = pb
	pb.V = 20
	fmt.Println(g.Get())
	f := b.Get
	b.V = 99
	fmt.Println(f())
	arr := [2]int{1, 2}
	var ai any = arr
	arr[0] = 50
	fmt.Println(ai, arr)
}
