package main

import "fmt"

func main() {
	for i := range 10 {
		fmt.Println(i)
	}
	for i, v := range 10 {
		fmt.Println(i, v)
	}
	var f float64
	for range f {
	}
	ch := make(chan int)
	for a, b := range ch {
		fmt.Println(a, b)
	}
	m := map[string]int{}
	for k, v := range m {
		fmt.Println(k)
	}
	s := "héllo"
	for _, r := range s {
		var b byte = r
		fmt.Println(b)
	}
}
