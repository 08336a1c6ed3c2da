package main

import (
	"fmt"
	"strings"
)

// An ASCII Mandelbrot set: iterate z = z*z + c until |z| > 2.
func escape(c complex128, limit int) int {
	z := complex128(0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return limit
}

func main() {
	const w, h = 60, 21
	shades := " .:-=+*#%@"
	total := 0
	for row := 0; row < h; row++ {
		var b strings.Builder
		for col := 0; col < w; col++ {
			c := complex(-2.2+3.0*float64(col)/w, -1.2+2.4*float64(row)/(h-1))
			n := escape(c, 50)
			total += n
			b.WriteByte(shades[n*(len(shades)-1)/50])
		}
		fmt.Println(strings.TrimRight(b.String(), " "))
	}
	fmt.Println("iterations:", total)
	var c64 complex64 = -0.75 + 0.1i
	z := complex64(0)
	for i := 0; i < 30; i++ {
		z = z*z + c64
	}
	fmt.Println(z)
}
