package main

import "fmt"

func main() {
	count := 3
	half := count * 0.5
	var ratio float64 = count / 2
	fmt.Println(half, ratio)
}
