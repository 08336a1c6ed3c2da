package main

import "fmt"

func main() {
	x := 1 << 70
	const big = 1e400
	y := big
	fmt.Println(x, y)
}
