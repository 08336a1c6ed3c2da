package main

import (
	"fmt"
	"os"
)

func main() {
	var n int = "x"
	s := "a" + 1
	fmt.Println(undefinedA)
	fmt.Println(undefinedB)
	m := map[string]int{}
	m.Add(1)
	var f float64 = true
	q := 3
	fmt.Printline(n, s, f)
	x, y := 1
	go fmt.Println
	var z int8 = 1000
}
