package main

import "fmt"

func main() {
	s := "a" + 'b'
	name := "go"
	t := name + 'r'
	fmt.Println(s, t)
}
