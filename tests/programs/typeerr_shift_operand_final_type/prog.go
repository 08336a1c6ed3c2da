package main

import "fmt"

func g[T ~int | ~float64](v T) {}

func main() {
	var s uint = 2
	var f float64 = 1 << s
	var i int = 1.0 << s
	var a any = 1.0 << s
	var b any = 1 << s
	var d float32 = (1 << s) + 1
	fmt.Println(1<<s, 1.0<<s)
	var h int64 = 1 << s << s
	g(1 << s)
	_ = 1<<s == 1.5
	_ = complex(1<<s, 2)
	_ = real(1 << s)
	_, _, _, _, _, _ = f, i, a, b, d, h
}
