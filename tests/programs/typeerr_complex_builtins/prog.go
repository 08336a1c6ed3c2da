package main

import "fmt"

type F float32

func main() {
	var x float32 = 1
	var y float64 = 2
	var i int
	var f F = 3
	fmt.Println(complex(x, y))
	fmt.Println(complex(i, i))
	fmt.Println(real(i), imag("s"))
	fmt.Println(complex(f, x))
	fmt.Println(complex(1, "a"))
	fmt.Println(complex(1i, 2))
	fmt.Println(real(x))
	fmt.Println(complex(1))
	fmt.Println(imag(1, 2))
}
