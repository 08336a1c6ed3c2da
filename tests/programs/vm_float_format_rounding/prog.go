package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, v := range []float64{2.675, 1.005, 0.125, 0.375, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308} {
		fmt.Printf("%.2f %.0e %.3g %v %s\n", v, v, v, v, strconv.FormatFloat(v, 'f', -1, 64))
	}
	fmt.Printf("%.10f %.15g %.17g\n", 0.1, 0.1, 0.1)
	fmt.Printf("%6.2e|%-12.4E|%+.3g|%#g|%#.3x\n", 12345.678, 0.000123, 1.0, 1.0, 1.0)
	fmt.Println(float32(16777217), float32(0.1)+float32(0.2), 1/3.0)
	var f32 float32 = 1e-10
	fmt.Println(f32, float64(f32), strconv.FormatFloat(float64(f32), 'g', -1, 32))
	fmt.Println(1e20, 1e21, 123456789012345678.0, 0.000001, 0.0000001)
	fmt.Println(-0.0 == 0.0, 3.0/2, 7.0/7)
}
