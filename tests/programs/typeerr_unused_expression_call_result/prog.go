package main

func add(a, b int) int {
	return a + b
}

func main() {
	x := 4
	x + 1
	add(1, 2)
	"hello"
}
