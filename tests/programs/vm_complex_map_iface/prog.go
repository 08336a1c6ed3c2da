package main

import (
	"fmt"
	"math"
	"sort"
)

type Sample struct {
	Label string
	Z     complex128
}

type Grid [2]complex64

func main() {
	seen := map[complex128]int{}
	for _, z := range []complex128{1, 1i, 1 + 0i, complex(0, 1), 2, complex(math.Copysign(0, -1), 0), 0} {
		seen[z]++
	}
	keys := []string{}
	for k, v := range seen {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys, len(seen))
	fmt.Println(seen)

	nan := complex(math.NaN(), 1)
	seen[nan] = 10
	seen[nan] = 20
	_, ok := seen[nan]
	fmt.Println(len(seen), ok, nan == nan, nan != nan)
	delete(seen, nan)
	fmt.Println(len(seen))

	var a, b any = 3 + 4i, complex(3, 4)
	var c any = complex64(3 + 4i)
	fmt.Println(a == b, a == c, b != c)
	switch v := c.(type) {
	case complex128:
		fmt.Println("complex128", v)
	case complex64:
		fmt.Println("complex64", v, real(v))
	}
	if z, ok := a.(complex128); ok {
		fmt.Println("asserted", z*z)
	}
	_, bad := a.(complex64)
	fmt.Println(bad)

	s1 := Sample{"x", 1 - 1i}
	s2 := s1
	s2.Z *= 1i
	fmt.Println(s1 == s2, s1, s2)
	s2.Z = 1 - 1i
	fmt.Println(s1 == s2)
	byStruct := map[Sample]bool{s1: true}
	fmt.Println(byStruct[Sample{"x", complex(1, -1)}])

	var g Grid
	fmt.Println(g, g == Grid{})
	g[1] = 2i
	h := g
	h[0] = 1
	fmt.Println(g, h, g == h)
	byGrid := map[Grid]string{g: "g", h: "h"}
	fmt.Println(byGrid[Grid{0, 2i}], byGrid[Grid{1, 2i}], len(byGrid))

	var zero complex128
	var ptr *complex64 = new(complex64)
	*ptr += 1.5i
	fmt.Println(zero == 0, *ptr, zero)
	ch := make(chan complex128, 2)
	ch <- 1i
	ch <- <-ch * 2
	fmt.Println(<-ch)
}
