package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10_000_000; i++ {
		sum += i*3 ^ (i >> 2)
	}
	fmt.Println(sum)
}
