package main

import "fmt"

func main() {
	fmt := "format"
	fmt.Println(fmt)
}
