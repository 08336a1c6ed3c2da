package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 6; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
		i++
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	var inc []func()
	for i := 0; i < 3; i++ {
		inc = append(inc, func() { i += 10 })
		if i == 2 {
			inc[0]()
			fmt.Println("after inc:", i)
		}
	}
}
