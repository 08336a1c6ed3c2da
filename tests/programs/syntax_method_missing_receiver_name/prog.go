package main

import "fmt"

type T struct{}

func (T *) Hello() {
	fmt.Println("hi")
}

func main() {}
