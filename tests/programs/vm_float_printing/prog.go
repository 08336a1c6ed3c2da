package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1 + 0.2)
	a, b := 0.1, 0.2
	fmt.Println(a + b)
	fmt.Println(1e21, 1e20, 123456789.0, 1e-5, 1e-4, 0.000123)
	fmt.Println(100.0, 2.0/3.0, -0.0)
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Println(math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var z float64
	fmt.Println(1/z, -1/z, z/z)
	fmt.Println(float64(1<<53), float64(1<<53+1), 3.0)
	fmt.Print(2.5, 1e6, 1e-7, "\n")
	fmt.Println(fmt.Sprint(12.0), fmt.Sprint(1e100))
}
