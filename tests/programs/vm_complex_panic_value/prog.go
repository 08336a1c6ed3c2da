package main

import "fmt"

type Reading complex64

func check(z complex128) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(Reading(z))
		}
	}()
	if real(z) < 0 {
		panic(z)
	}
	fmt.Println("ok", z)
}

func main() {
	check(1 + 1i)
	check(-2.5 + 1e-9i)
}
