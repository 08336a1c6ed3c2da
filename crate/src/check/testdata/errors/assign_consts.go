package main

import "fmt"

type T struct{ a int }

func f(x int) string { return "" }

func main() {
	var s T
	var i int = s
	var g func(int) = f
	var e error = s
	const c = 1.5
	var k int = c
	var b byte = 1 << 10
	var z = 1e400
	fmt.Println(z)
	var u uint = -1
	var q float32 = 1e300
	_ = 1.0 / 3.0
	var h int = "abc" + "def"
	var m int = 3.0 / 7
}
