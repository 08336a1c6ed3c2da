package main

import "fmt"

type P *int

func (p P) Get() int { return *p }

type Box struct{ v int }

func (b **Box) Reset() {}

func main() {
	fmt.Println("x")
}
