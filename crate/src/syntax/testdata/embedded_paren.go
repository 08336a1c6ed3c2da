package main

type U struct{}

type T struct {
	(U)
}

func main() {}
