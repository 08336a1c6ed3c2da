package main

import "fmt"

func main() {
	inputs := []string{"(1+2i)", "3.5-1i", "-0.25+1e3i", "(0x1p-2-0x10i)", "1+2", "(1+2i", "1e400+1i", "+Inf-Infi", "nan+nani", "i", "  (2-3i) rest", "1 + 2i", "0.1+0.1i"}
	for _, in := range inputs {
		var z complex128
		var w complex64
		n, err := fmt.Sscan(in, &z)
		m, err64 := fmt.Sscan(in, &w)
		fmt.Printf("%q: %d %v %v | %d %v %v\n", in, n, err, z, m, err64, w)
	}
	var a, b complex128
	var label string
	n, err := fmt.Sscanln("(1+1i) 2-2i volts\n", &a, &b, &label)
	fmt.Println(n, err, a*b, label)
	n, err = fmt.Sscanf("z=(4+3i);", "z=%v;", &a)
	fmt.Println(n, err, a, real(a)*real(a)+imag(a)*imag(a))
	n, err = fmt.Sscanf("7.5-2.5i", "%g", &b)
	fmt.Println(n, err, b)
}
