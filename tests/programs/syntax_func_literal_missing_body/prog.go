package main

import "fmt"

func main() {
	f := func(n int) int
	fmt.Println(f)
}
