package main

import "fmt"

type Pair struct {
	A, B int
}

func main() {
	p := Pair{A: 1, 2}
	fmt.Println(p)
}
