package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	zs := []complex128{1.5 - 2i, 0, complex(math.Inf(1), math.NaN()), 1e21 + 1e-7i, complex(0.1, math.Copysign(0, -1))}
	for _, z := range zs {
		fmt.Println(strconv.FormatComplex(z, 'g', -1, 128), strconv.FormatComplex(z, 'f', 2, 128),
			strconv.FormatComplex(z, 'e', 3, 64), strconv.FormatComplex(z, 'G', 4, 128))
	}
	inputs := []string{"1+2i", "(3.5-0.25i)", "-i", "2i", "+3", "1e3-1e-3i", "NaN+NaNi", "Inf-Infi", "0x1p-2+0x10i",
		"1+i", "1++2i", "1+2", "(1+2i", "", "i", "1e400+1i", "1+1e400i", "3.4e39i", "1_000+2i", "inf", "+Infi", "1-NaNi", " 1+2i"}
	for _, in := range inputs {
		z, err := strconv.ParseComplex(in, 128)
		z64, err64 := strconv.ParseComplex(in, 64)
		fmt.Printf("%q: %v %v | %v %v\n", in, z, err, z64, err64)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  ", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrRange))
		}
	}
}
