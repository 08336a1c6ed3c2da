package main

func main() {
	var a int = 1e20
	var b int8 = 2.0 * 100
	var c string = 1.0
	var d string = 2.5e10
	var e int = 1.5e3 + 0.1
	var f int = 'a' * 1e20
	var g string = 1 << 64
	var h string = 1e-7
	var i string = 123456789.0
	var j string = 3 + 4i
	const k = 1 << 100
	_ = k
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j
}
