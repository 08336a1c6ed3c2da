package main

import "fmt"

type Celsius float64
type Pair[K comparable, V any] struct {
	K K
	V V
}
type Handler func(string) error
type Shape interface{ Area() float64 }

func main() {
	var s Shape
	vals := []any{1, int8(1), uint(1), 1.5, float32(1), "s", 'r', byte(1), true, nil,
		[]int{}, [2]string{}, map[string][]int{}, &struct{}{}, Celsius(1), Pair[string, int]{},
		Handler(nil), func(int) bool { return true }, make(chan int), make(<-chan string), s, 2 + 3i,
		[]any{1}, struct{ A int }{}, new(error)}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
