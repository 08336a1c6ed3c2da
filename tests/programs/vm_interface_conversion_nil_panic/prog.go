package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	fmt.Println(s == nil)
	var a any = s
	r := a.(Shape)
	fmt.Println(r)
}
