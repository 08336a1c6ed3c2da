package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{3 + 4i, -1, 1i, -2 - 2i, 0, complex(math.Copysign(0, -1), -0.5), 1e300 + 1e300i, 1e-310 + 2e-310i,
		complex(math.Inf(1), 1), complex(math.NaN(), 2), complex(1, math.Inf(-1)), 0.5 - 7i}
	for _, z := range zs {
		r, th := cmplx.Polar(z)
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), r, th, cmplx.Conj(z))
		fmt.Println("  sqrt", cmplx.Sqrt(z), "exp", cmplx.Exp(z), "log", cmplx.Log(z), "log10", cmplx.Log10(z))
		fmt.Println("  pow", cmplx.Pow(z, 2), cmplx.Pow(z, 0.5+1i), cmplx.Pow(z, -1), "nan?", cmplx.IsNaN(z), "inf?", cmplx.IsInf(z))
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Rect(1, math.Pi), cmplx.Inf(), cmplx.NaN())
	fmt.Println(cmplx.Exp(1i*math.Pi)+1, cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, -1+1i), cmplx.Pow(0, 2), cmplx.Pow(0, cmplx.NaN()))
	fmt.Println(cmplx.Sqrt(-4), cmplx.Sqrt(complex(-4, math.Copysign(0, -1))), cmplx.Sqrt(complex(1, math.Inf(1))))
	fmt.Println(cmplx.Exp(complex(math.Inf(-1), math.NaN())), cmplx.Exp(complex(math.Inf(1), 0)), cmplx.Exp(complex(math.NaN(), 0)))
	// Roots of z^3 = 8 by rotation.
	for k := 0; k < 3; k++ {
		fmt.Printf("%.4f\n", cmplx.Rect(2, 2*math.Pi*float64(k)/3))
	}
}
