package main

import "fmt"

func main() {
	var b byte = 300
	var i8 int8 = -129
	var u uint = -1
	fmt.Println(b, i8, u)
}
