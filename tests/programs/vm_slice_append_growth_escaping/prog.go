package main

import "fmt"

var keep []any

func grow(n int) []int {
	var s []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	return s
}

func main() {
	keep = append(keep, grow(3000))
	words := []string{}
	for i := 0; i < 40; i++ {
		words = append(words, "w")
		fmt.Print(cap(words), " ")
	}
	fmt.Println(words[:3])
	b := []byte{}
	for i := 0; i < 100; i++ {
		b = append(b, 'x')
	}
	fmt.Println(len(b), cap(b), string(b[:5]))
	keep = append(keep, words, b)
}
