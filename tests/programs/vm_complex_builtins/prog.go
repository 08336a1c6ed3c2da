package main

import "fmt"

func parts(z complex128) (float64, float64) { return real(z), imag(z) }

func halves(x float32) (float32, float32) { return x / 2, -x / 2 }

func main() {
	var x, y float32 = 1.25, -2.5
	z64 := complex(x, y)
	fmt.Printf("%T %v %T %v\n", z64, z64, real(z64), imag(z64))
	var p, q float64 = 3, 4
	z := complex(p, q)
	fmt.Printf("%T %v\n", z, z)
	re, im := parts(z)
	fmt.Println(re, im, re*re+im*im)
	fmt.Println(complex(parts(z*1i)), complex(halves(3)))

	// Untyped arguments take the other argument's type.
	a := complex(x, 2)
	b := complex(0.5, q)
	fmt.Printf("%T %v %T %v\n", a, a, b, b)

	// Constant folding.
	const c = complex(1, 2)
	const r = real(c * c)
	const i = imag(c * c)
	fmt.Println(c, r, i, real(5), imag(7.5), real('a'+2i))
	var n int = r
	var m int8 = i
	fmt.Println(n, m)
	const big = complex(1e200, 1e200) * complex(1e200, -1e200) / 1e400
	fmt.Println(big)
	const typed complex64 = 1 + 0.1i
	fmt.Println(typed, real(typed), imag(typed))
	fmt.Printf("%T %T\n", real(typed), imag(complex128(typed)))

	zs := make([]complex128, 3)
	for k := range zs {
		zs[k] = complex(float64(k), float64(-k))
	}
	fmt.Println(zs)
	var total float64
	for _, v := range zs {
		total += real(v) - imag(v)
	}
	fmt.Println(total)
}
