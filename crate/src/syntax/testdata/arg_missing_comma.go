package main

func f(a, b int) {}

func main() {
	a, b := 1, 2
	f(a b)
}
