package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Println(f, float64(f))
	var g float32 = 16777216
	fmt.Println(g+1, g+2)
	h := float32(1) / 3
	fmt.Println(h, h*3)
	var x float32 = 0.1
	var y float32 = 0.2
	fmt.Println(x+y, x*y)
	fmt.Println(float32(3.4e38), float32(1e-45))
	fmt.Printf("%v %g %.3f %T\n", f, f, f, f)
}
