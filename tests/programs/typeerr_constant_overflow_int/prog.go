package main

import "fmt"

func main() {
	var big int = 1 << 64
	fmt.Println(big)
}
