package main

import "fmt"

func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s: %d (%d args, nil=%v)", label, t, len(nums), nums == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func describe(vals ...any) {
	fmt.Println(len(vals), vals)
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	s := []int{10, 20}
	fmt.Println(sum("spread", s...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	describe()
	describe(nil)
	describe(1, "a", nil)
	args := []any{"x", 2}
	describe(args...)
	describe(args)
	fmt.Println(append([]int{}, s...), fmt.Sprint(args...))
}
