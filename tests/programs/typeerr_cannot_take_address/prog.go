package main

import "fmt"

func value() int { return 3 }

func main() {
	p := &value()
	q := &42
	fmt.Println(p, q)
}
