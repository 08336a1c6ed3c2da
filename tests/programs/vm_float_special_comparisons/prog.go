package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.IsNaN(nan), math.IsInf(math.Inf(-1), -1))
	inf := math.Inf(1)
	fmt.Println(inf > math.MaxFloat64, inf-inf, inf*0, -inf)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, 1/negz, math.Signbit(negz))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	fmt.Println(int64(1e18), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5))
}
