package main

import "fmt"

func main() {
	var v any = "text"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}
