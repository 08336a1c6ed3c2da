package main

import "fmt"

func main() {
	z := 0.5i
	if z == 0 {
		fmt.Println("zero?")
	}
	if z != 0 {
		fmt.Println("nonzero")
	}
	for w := 4 + 1i; w != 0; w -= 1 + 0.25i {
		fmt.Println(w)
	}
	n := 0
	for z != 2i {
		z += 0.5i
		n++
	}
	fmt.Println(n, z == 2i, z != 2i)
	var c64 complex64 = 1
	if c64 == 1 && 1 == c64 {
		fmt.Println("one")
	}
	ok := z == 2i || c64 != 1
	fmt.Println(ok)
}
