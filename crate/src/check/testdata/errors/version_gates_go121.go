//goplay:go 1.21
package main

import "fmt"

func gen(yield func(int) bool) {
	yield(1)
}

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	for x := range gen {
		fmt.Println(x)
	}
	fmt.Println(min(1, 2), max(3, 4))
	s := []int{1}
	clear(s)
}
