package main

import (
	"fmt"
	"os"
)

type Volt complex128

func main() {
	a := 1.5 + 2.25i
	var b complex64 = -0.1 - 1e-7i
	c := complex(1e21, -1e-21)
	for _, f := range []string{"%v", "%g", "%e", "%E", "%f", "%F", "%G", "%.2f", "%.0f", "%.3e", "%.3g", "%+v", "%+.1f", "% .2f", "%8.3f", "%-12.2f|", "%012.3f", "%x", "%X", "%b", "%#v", "%T"} {
		fmt.Printf("%-8s %s %s %s\n", f, fmt.Sprintf(f, a), fmt.Sprintf(f, b), fmt.Sprintf(f, c))
	}
	fmt.Printf("%d %s %q %t\n", a, a, a, a)
	fmt.Printf("%v %v\n", []complex128{a, 2}, map[string]complex64{"b": b})
	fmt.Printf("%v %+v %T\n", Volt(a), Volt(a), Volt(a))
	fmt.Printf("%*.*f|\n", 20, 1, a)
	fmt.Println(a, b, c, Volt(1))
	fmt.Print(a, b, "\n")
	s := fmt.Sprint(a, 1, b)
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stdout, struct {
		Z complex128
		W []complex64
	}{a, []complex64{1i}})
	fmt.Printf("%v\n", [2]complex128{})
	var iface any = b
	fmt.Printf("%v %T\n", iface, iface)
	fmt.Println(fmt.Sprintf("%6.2v|%-6.2v|", 1+1i, 1+1i))
	fmt.Printf("%#g %#.3x\n", a, a)
}
