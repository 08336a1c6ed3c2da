package main

import "fmt"

func main() {
	abs := func(n int) int {
		if n < 0 {
			return -n
		} else if n >= 0 {
			return n
		}
	}
	fmt.Println(abs(-3))
}
