package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, []int{1}, &p)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5)
	fmt.Printf("%s|%q|%10s|%-10s|%.2s|%x|% x|%X\n", "go", "go\n", "right", "left", "trunc", "hi", "hi", "hi")
	fmt.Printf("%c|%U|%#U|%q|%d\n", 'G', 'G', '世', 'x', 'x')
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%e|%E|%f|%.2f|%8.3f|%-8.1f|%g|%G\n", 1234.5678, 1234.5678, 3.14159, 3.14159, 3.14159, 2.0, 0.000012, 1e21)
	fmt.Printf("%%|%v|%d\n", nil, []int{1, 2})
	fmt.Printf("%6.2f%%\n", 99.5)
}
