package main

import "fmt"

type point struct{ x, y int }

type wide struct{ a, b, c, d, e int }

// build returns s without looking at its capacity: gc moves it to the heap
// with the size class of its length.
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

// buildCap looks at cap while growing: one size class at a time.
func buildCap(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		_ = cap(s)
	}
	return s
}

func twoSites() (int, int) {
	var s []int
	s = append(s, 1)
	a := cap(s)
	s = s[:0]
	s = append(s, 2, 3, 4, 5, 6)
	return a, cap(s)
}

func reuse() []int {
	counts := []int{}
	for round := 0; round < 3; round++ {
		var local []byte
		for i := 0; i < 5; i++ {
			local = append(local, 'a')
		}
		counts = append(counts, cap(local))
	}
	return counts
}

func main() {
	a, b, c := build(1), build(3), build(5)
	fmt.Println(cap(a), cap(b), cap(c))
	for _, n := range []int{1, 2, 3, 4, 5, 9} {
		fmt.Print(cap(buildCap(n)), " ")
	}
	fmt.Println()
	fmt.Println(twoSites())
	fmt.Println(reuse())

	var pts []point
	pts = append(pts, point{1, 2})
	var ws []wide
	ws = append(ws, wide{})
	var strs []string
	strs = append(strs, "a")
	fmt.Println(cap(pts), cap(ws), cap(strs))

	var many []int
	many = append(many, 1, 2, 3, 4, 5)
	fmt.Println(len(many), cap(many))

	var r []int
	for i := 0; i < 3; i++ {
		r = append(r, i)
	}
	total := 0
	for _, v := range r {
		total += v
	}
	fmt.Println(total, len(r))

	var shown []int
	shown = append(shown, 7)
	fmt.Println(cap(shown), shown)

	var f32 []float32
	for i := 0; i < 9; i++ {
		f32 = append(f32, 1)
		fmt.Print(cap(f32), " ")
	}
	fmt.Println()
}
