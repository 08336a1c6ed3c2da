package main

import "fmt"

func main() {
	size := 3
	var x size
	fmt.Println(x)
}
