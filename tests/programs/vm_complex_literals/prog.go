package main

import "fmt"

func main() {
	fmt.Println(4i, 1.5i, 0x1p-2i, 0x1.8p1i, 1_000i, 0i, 089i, 0123i, 0o17i, 0O17i, 0x10i, 0b101i, 1e3i, 1E-3i, .5i, 7.i, 1_0.2_5i)
	fmt.Println(2i*2i, (1+2i)*(1-2i), 1/(2i), 3i/(1+1i))
	const huge = 1e300i * 1e300i
	const back = huge / -1e600
	fmt.Println(back, real(huge) < 0)
	const exact = (0.1 + 0.2i) * 10
	fmt.Println(exact == 1+2i, real(exact), imag(exact))
	z := 2i
	fmt.Printf("%T %v\n", z, z)
	var f float64 = 3 + 0i
	var n int = 2 + 0i
	var u uint8 = 255 + 0i
	fmt.Println(f, n, u)
	const third = 1 / 3.0i
	fmt.Println(third, third*3i)
	arr := [2 + 0i]int{1, 2}
	fmt.Println(arr, len(arr), "ab"[1+0i])
	var x complex128 = 'x'
	fmt.Println(x, 'a'*1i)
	fmt.Println(1<<3+2i, 1e-320i)
}
