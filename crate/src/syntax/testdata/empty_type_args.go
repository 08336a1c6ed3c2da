package main

type I interface {
	T[]
}

func main() {
	x := )
}
