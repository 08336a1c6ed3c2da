package main

import "fmt"

func main() {
	s := "42"
	n := int(s)
	f := 3.7
	t := string(f)
	fmt.Println(n, t)
}
