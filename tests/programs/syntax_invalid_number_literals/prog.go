package main

import "fmt"

func main() {
	a := 0x
	b := 1__0
	c := 09
	d := 1e
	fmt.Println(a, b, c, d)
}
