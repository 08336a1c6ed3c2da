package main

import "fmt"

func main() {
	var n int
	var n string
	fmt.Println(n)
}
