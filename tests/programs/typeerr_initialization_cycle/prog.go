package main

import "fmt"

var a = b + 1
var b = c * 2
var c = a

func main() {
	fmt.Println(a, b, c)
}
