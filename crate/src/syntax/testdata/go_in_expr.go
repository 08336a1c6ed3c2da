package main

func f() {}

func main() {
	x := go f()
	_ = x
}
