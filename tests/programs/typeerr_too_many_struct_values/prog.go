package main

import "fmt"

type Pair struct {
	A, B int
}

func main() {
	p := Pair{1, 2, 3}
	fmt.Println(p)
}
