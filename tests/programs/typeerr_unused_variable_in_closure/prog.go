package main

import "fmt"

func main() {
	f := func() {
		result := 42
	}
	f()
	for i, v := range []int{1} {
		fmt.Println(v)
	}
}
