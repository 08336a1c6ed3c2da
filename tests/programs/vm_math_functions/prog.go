package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(0.001))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Round(2.5), math.Round(-0.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.Hypot(3, 4), math.Inf(1) > 0, math.MaxInt32, math.MinInt16, math.MaxUint16)
	intp, frac := math.Modf(3.75)
	fmt.Println(intp, frac)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Signbit(-1), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.IsInf(1/math.Inf(-1), 0), math.Sqrt(math.MaxFloat64*frac))
}
