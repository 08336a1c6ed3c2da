package main

import "fmt"

func add(a, b int) int { return a + b }

func variadic(prefix string, nums ...int) int { return len(nums) }

func multi() (int, string, error) { return 0, "", nil }

type T struct{}

func (t T) M(x int) {}

func main() {
	add(1, "2")
	add(1.5, 2)
	variadic("a", 1, 2, "3")
	nums := []int{1, 2}
	variadic("a", nums...)
	variadic(nums...)
	variadic("a", 1, nums...)
	a, b := multi()
	fmt.Println(multi())
	x := add
	x(1)
	var t T
	t.M()
	T.M(t, 1)
	(*T).M(&t, 1)
	T.M(1)
	f := t.M
	f("s")
	_, _ = a, b
	defer recover()
	go func() {}
	fmt.Printf("%d\n", 1, 2)
}
