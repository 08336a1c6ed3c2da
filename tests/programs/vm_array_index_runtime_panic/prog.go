package main

import "fmt"

func main() {
	var scores [5]int
	for i := 0; i <= 5; i++ {
		scores[i] = i * 10
		fmt.Println("set", i)
	}
}
