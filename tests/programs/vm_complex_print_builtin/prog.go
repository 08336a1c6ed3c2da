package main

import "math"

func main() {
	var z complex128 = 1.5 - 2i
	var w complex64 = 1e-7 + 3e10i
	println(z, w)
	println(complex(math.Inf(-1), math.NaN()), complex(0, math.Copysign(0, -1)))
	print(z, w, "\n")
	print("mixed ", 1, " ", 2.5, " ", 3i, "\n")
	var zero complex128
	println(zero, -zero, 1e100+1e-100i)
}
