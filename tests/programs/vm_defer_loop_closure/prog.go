package main

import "fmt"

func main() {
	defer fmt.Println()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
		defer func(n int) { fmt.Print("a", n, " ") }(i)
	}
	fmt.Println("start")
}
