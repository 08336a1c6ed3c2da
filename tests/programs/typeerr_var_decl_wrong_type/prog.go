package main

import "fmt"

func main() {
	var ratio float64 = "half"
	var ok bool = 1
	fmt.Println(ratio, ok)
}
