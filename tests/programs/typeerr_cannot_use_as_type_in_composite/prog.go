package main

import "fmt"

type Point struct{ X, Y float64 }

func main() {
	pts := []Point{{1, 2}, {"a", 3}}
	names := []string{"x", 5}
	fmt.Println(pts, names)
}
