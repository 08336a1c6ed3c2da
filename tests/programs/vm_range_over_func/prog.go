package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func countTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

func pairs(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstOver(limit int) (int, string) {
	for i, w := range pairs([]string{"a", "bb", "ccc", "dddd"}) {
		if len(w) > limit {
			return i, w
		}
	}
	return -1, ""
}

func named() (total int, err error) {
	for v := range countTo(10) {
		total += v
		if v == 4 {
			return
		}
	}
	return 99, nil
}

func main() {
	sum := 0
	for v := range countTo(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	for v := range countTo(10) {
		if v%2 == 0 {
			continue
		}
		if v > 6 {
			break
		}
		fmt.Println("odd", v)
	}

	fmt.Println(firstOver(2))
	fmt.Println(named())

	var funcs []func() int
	for v := range countTo(3) {
		funcs = append(funcs, func() int { return v * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

outer:
	for i := 0; i < 3; i++ {
		for v := range countTo(3) {
			if v == 2 && i == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("i", i, "v", v)
		}
	}

	var k int
	var s string
	for k, s = range pairs([]string{"x", "y"}) {
	}
	fmt.Println("last", k, s)

	for range countTo(2) {
		fmt.Println("tick")
	}

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, key := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(key, m[key], ";")
	}
	fmt.Println()
	for i, v := range slices.All([]string{"p", "q"}) {
		for w := range countTo(2) {
			if w == 2 {
				break
			}
			fmt.Println(i, v, w)
		}
	}
	n := 0
	for _, v := range slices.Backward([]int{1, 2, 3}) {
		n = n*10 + v
	}
	fmt.Println(n)

	bad := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range bad {
		fmt.Println("bad", x)
		break
	}
}
