package main

import "fmt"

func pair() (int, int) {
	return 1, 2
}

func one() int {
	return 1
}

func main() {
	a, b := one()
	c := pair()
	fmt.Println(a, b, c)
}
