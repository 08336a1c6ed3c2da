package main

func f(a ...int) {}

func main() {
	s := []int{1}
	f(s..., 2)
}
