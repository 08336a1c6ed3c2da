package main

import "fmt"

type Event struct {
	Name string
	Data any
}

func main() {
	a := Event{"click", 1}
	b := Event{"click", 1}
	fmt.Println(a == b)
	c := Event{"drag", []int{1, 2}}
	d := Event{"drag", []int{1, 2}}
	fmt.Println(c == d)
}
