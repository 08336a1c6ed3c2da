package main

import "fmt"

func main() {
	a := [1, 2, 3]
	fmt.Println(a)
}

func other() {
	x := )
}

func third() {
	for {
}
