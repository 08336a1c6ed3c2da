package main

type T struct {
	X, Y T
}

func main() {
	var a, b T
	_ = a == b
}
