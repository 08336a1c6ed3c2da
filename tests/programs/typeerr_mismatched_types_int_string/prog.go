package main

import "fmt"

func main() {
	n := 3
	s := "items: "
	fmt.Println(s + n)
}
