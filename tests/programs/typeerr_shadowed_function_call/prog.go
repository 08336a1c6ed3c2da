package main

import "fmt"

func max3(a, b, c int) int {
	return max(a, max(b, c))
}

func main() {
	max3 := max3(1, 5, 3)
	fmt.Println(max3(2, 4, 6))
}
