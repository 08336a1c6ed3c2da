package main

import (
	"fmt"
	"math"
)

func div(a, b complex128) complex128 { return a / b }

func div64(a, b complex64) complex64 { return a / b }

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negZero := math.Copysign(0, -1)
	zeros := []complex128{0, complex(negZero, 0), complex(0, negZero), complex(negZero, negZero)}
	nums := []complex128{1, -1, 1i, -2 - 3i, 0, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(nan, nan)}
	for _, n := range nums {
		for _, z := range zeros {
			fmt.Print(div(n, z), " ")
		}
		fmt.Println()
	}
	fmt.Println("by inf:", div(3+4i, complex(inf, 0)), div(3+4i, complex(inf, inf)), div(-3+4i, complex(0, -inf)))
	fmt.Println("inf by finite:", div(complex(inf, 1), 2+1i), div(complex(1, -inf), 1i), div(complex(inf, inf), 1e308))
	fmt.Println("tiny:", div(1e-300+1e-300i, 1e-310+3e-310i), div(1e300+1e300i, 1e-10+1e-20i))
	fmt.Println("inf/inf:", div(complex(inf, 0), complex(inf, 0)))
	fmt.Println("complex64:", div64(1, 0), div64(1+1i, 3), div64(3e38+3e38i, 1e-5+0i))
	var z complex128
	x := 5 + 5i
	x /= z
	fmt.Println("x /= 0:", x)
	fmt.Println("real/imag of NaN result:", math.IsNaN(real(div(0, 0))), math.IsInf(imag(div(1i, 0)), 1))
}
