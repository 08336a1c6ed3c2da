package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
)

// runRand prints, per seed, sequences from rand.New(rand.NewSource(seed)): each line is
// `seed<TAB>method<TAB>arg<TAB>result`.
func runRand() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, math.MaxInt64, math.MinInt64, 2147483647, 89482311, 12345} {
		r := rand.New(rand.NewSource(seed))
		p := func(method string, arg int64, result any) {
			fmt.Fprintf(out, "%d\t%s\t%d\t%v\n", seed, method, arg, result)
		}
		for range 700 {
			p("Int63", 0, r.Int63())
		}
		for _, n := range []int64{1, 2, 3, 10, 100, 1000, 1 << 20, 1<<31 - 1, 1 << 31, 1<<40 + 7, math.MaxInt64} {
			for range 5 {
				p("Intn", n, r.Intn(int(n)))
				p("Int63n", n, r.Int63n(n))
			}
			if n <= math.MaxInt32 {
				p("Int31n", n, r.Int31n(int32(n)))
			}
		}
		for range 20 {
			p("Float64", 0, math.Float64bits(r.Float64()))
			p("Float32", 0, math.Float32bits(r.Float32()))
			p("Uint32", 0, r.Uint32())
			p("Uint64", 0, r.Uint64())
			p("Int31", 0, r.Int31())
			p("Int", 0, r.Int())
		}
		for _, n := range []int64{0, 1, 5, 20} {
			p("Perm", n, r.Perm(int(n)))
		}
		for _, n := range []int64{0, 1, 2, 10, 52} {
			var swaps []int
			r.Shuffle(int(n), func(i, j int) { swaps = append(swaps, j) })
			p("Shuffle", n, swaps)
		}
	}
}
