package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
)

type floatFmt struct {
	fmt  byte
	prec int
}

var allFmts = []floatFmt{
	{'g', -1}, {'e', -1}, {'f', -1}, {'g', 3}, {'e', 3}, {'f', 2}, {'g', 0}, {'e', 0},
	{'f', 0}, {'g', 17}, {'e', 17}, {'f', 10}, {'b', -1}, {'x', -1}, {'x', 3}, {'X', 0},
	{'G', 5}, {'E', 4}, {'g', 25}, {'f', 30},
}

var quickFmts = []floatFmt{{'g', -1}, {'e', -1}, {'f', -1}, {'e', 5}, {'f', 3}, {'g', 10}, {'x', -1}}

var specials = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 0.5, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 1e-4,
	1e-5, 123456, 1234567, 1e100, 5e-324, math.MaxFloat64, 2.2250738585072014e-308,
	math.MaxFloat32, math.SmallestNonzeroFloat32, math.Inf(1), math.Inf(-1), math.NaN(),
	2.5, 3.5, 0.125, 0.375, 1.005, 100, 1e6, 999999.5, 0.000012345, 9.999999e22, 1e23,
	123.456, -987654.321, 0.05, 0.15, 0.25, 0.35, 1.5e-10, 299792458, 6.02214076e23,
	3.141592653589793, 2.718281828459045, 9007199254740993, 4503599627370496.5, 1 << 62,
	float64(1<<53 + 1), 0.1 + 0.2, 100.5, 101.5, 0.0625, 1e15, 1e16, 1e17, 123456789,
}

// runFloat prints `bits<TAB>size<TAB>fmt<TAB>prec<TAB>quoted FormatFloat result`.
func runFloat() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	emit := func(v float64, size int, fmts []floatFmt) {
		for _, f := range fmts {
			fmt.Fprintf(out, "%016x\t%d\t%c\t%d\t%s\n", math.Float64bits(v), size, f.fmt, f.prec,
				strconv.Quote(strconv.FormatFloat(v, f.fmt, f.prec, size)))
		}
	}
	for _, v := range specials {
		emit(v, 64, allFmts)
		emit(float64(float32(v)), 32, allFmts)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		emit(math.Float64frombits(r.Uint64()), 64, quickFmts)
	}
	for range 150 {
		emit(float64(math.Float32frombits(r.Uint32())), 32, quickFmts)
	}
	for range 200 {
		v := float64(r.Int64N(2000000)-1000000) / math.Pow10(r.IntN(12))
		emit(v, 64, quickFmts)
	}
	// Values with short exact binary fractions, where two shortest candidates can tie.
	shortest := []floatFmt{{'g', -1}, {'e', -1}}
	for range 400 {
		emit(float64(float32(float64(1+r.Int64N(1<<24))/float64(int64(1)<<(1+r.IntN(14))))), 32, shortest)
		emit(float64(1+r.Int64N(1<<53))/float64(int64(1)<<(1+r.IntN(26))), 64, shortest)
		emit(float64(int64(1)<<50+r.Int64N(1<<52))+float64(r.IntN(4))/4, 64, shortest)
	}
}
