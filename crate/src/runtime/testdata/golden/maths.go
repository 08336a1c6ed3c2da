package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
)

// runMath prints `name<TAB>x bits<TAB>[y bits<TAB>]result bits` for package math.
func runMath() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	r := rand.New(rand.NewPCG(7, 8))
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 10, 1e-300, 1e300, 5e-324, 2.2250738585072014e-308,
		math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, math.E, math.Inf(1), math.Inf(-1), math.NaN(), 1 << 29, 1 << 30,
		1e10, 1e20, 700, 709.7, 710, -700, -745, -746, -708.5, 0.7, 0.66, 2.5, 21, 22, 0.625, 44, 1e-9, 3.0}
	for range 120 {
		xs = append(xs, (r.Float64()-0.5)*20, r.Float64()*1000, math.Float64frombits(r.Uint64()), (r.Float64()-0.5)*2)
	}
	unary := []struct {
		name string
		f    func(float64) float64
	}{{"sin", math.Sin}, {"cos", math.Cos}, {"tan", math.Tan}, {"exp", math.Exp}, {"log", math.Log},
		{"log2", math.Log2}, {"log10", math.Log10}, {"atan", math.Atan}, {"asin", math.Asin}, {"acos", math.Acos},
		{"sinh", math.Sinh}, {"cosh", math.Cosh}, {"tanh", math.Tanh}, {"cbrt", math.Cbrt}, {"exp2", math.Exp2},
		{"expm1", math.Expm1}, {"log1p", math.Log1p}}
	for _, u := range unary {
		for _, x := range xs {
			fmt.Fprintf(out, "%s\t%016x\t%016x\n", u.name, math.Float64bits(x), math.Float64bits(u.f(x)))
		}
	}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{{"pow", math.Pow}, {"atan2", math.Atan2}, {"hypot", math.Hypot}, {"max", math.Max}, {"min", math.Min}, {"mod", math.Mod}}
	pairs := [][2]float64{}
	for i := 0; i+1 < len(xs); i++ {
		pairs = append(pairs, [2]float64{xs[i], xs[i+1]})
	}
	for _, b := range []float64{2, 3, 10, 0.5, 1.5, -2, -1, 0, math.Inf(1), 1.0001} {
		for e := -20.0; e <= 20; e += 0.5 {
			pairs = append(pairs, [2]float64{b, e})
		}
		pairs = append(pairs, [2]float64{b, 1e300}, [2]float64{b, -1e300}, [2]float64{b, 1 << 63}, [2]float64{b, 0.3})
	}
	for _, bf := range binary {
		for _, p := range pairs {
			fmt.Fprintf(out, "%s\t%016x\t%016x\t%016x\n", bf.name, math.Float64bits(p[0]), math.Float64bits(p[1]), math.Float64bits(bf.f(p[0], p[1])))
		}
	}
	for n := -330; n <= 315; n++ {
		fmt.Fprintf(out, "pow10\t%d\t%016x\n", n, math.Float64bits(math.Pow10(n)))
	}
	for _, x := range xs {
		frac, exp := math.Frexp(x)
		fmt.Fprintf(out, "frexp\t%016x\t%016x\t%d\n", math.Float64bits(x), math.Float64bits(frac), exp)
		for _, e := range []int{-1080, -1074, -1022, -60, -1, 0, 1, 52, 1023, 1024, 2000} {
			fmt.Fprintf(out, "ldexp\t%016x\t%d\t%016x\n", math.Float64bits(x), e, math.Float64bits(math.Ldexp(x, e)))
		}
	}
	// complex division (the runtime's complex128div): every mix of special parts, then random ones.
	cs := []float64{0, math.Copysign(0, -1), 1.5, math.Inf(-1), math.NaN()}
	var quads [][4]float64
	for _, a := range cs {
		for _, b := range cs {
			for _, c := range cs {
				for _, d := range cs {
					quads = append(quads, [4]float64{a, b, c, d})
				}
			}
		}
	}
	for i := 0; i+3 < 80; i += 4 {
		quads = append(quads, [4]float64{xs[40+i], xs[41+i], xs[42+i], xs[43+i]})
	}
	for _, q := range quads {
		z := complex(q[0], q[1]) / complex(q[2], q[3])
		fmt.Fprintf(out, "cdiv\t%016x\t%016x\t%016x\t%016x\t%016x\t%016x\n", math.Float64bits(q[0]), math.Float64bits(q[1]),
			math.Float64bits(q[2]), math.Float64bits(q[3]), math.Float64bits(real(z)), math.Float64bits(imag(z)))
	}
}
