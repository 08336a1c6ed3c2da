package main

import "fmt"

// Impedances of a small AC circuit: complex arithmetic on both widths.
func parallel(a, b complex128) complex128 {
	return a * b / (a + b)
}

func main() {
	r := complex(100, 0)
	l := complex(0, 62.83)
	c := complex(0, -159.15)
	series := r + l + c
	fmt.Println("series:", series)
	fmt.Println("parallel L|C:", parallel(l, c))
	fmt.Println("R - L:", r-l, "neg:", -series, "pos:", +series)
	fmt.Println("product:", l*c, "quotient:", l/c)

	z := 2 + 3i
	z += 1
	z -= 1i
	z *= z
	z /= 2
	fmt.Println("compound:", z)
	z++
	fmt.Println("inc:", z)
	z--
	z--
	fmt.Println("dec:", z)

	var w complex64 = 1.1 + 2.2i
	v := w * w
	fmt.Println("complex64:", w, v, w/3, w-v, w+0.1)

	acc := complex128(1)
	for i := 0; i < 8; i++ {
		acc *= 1 + 1i
	}
	fmt.Println("(1+i)^8 =", acc)

	roots := []complex128{}
	rot := complex(0.5, 0.8660254037844386)
	p := complex128(1)
	for k := 0; k < 6; k++ {
		roots = append(roots, p)
		p *= rot
	}
	fmt.Println(roots)
	fmt.Println(real(roots[3]), imag(roots[2]))
}
