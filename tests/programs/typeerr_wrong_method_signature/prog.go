package main

import "fmt"

type Namer interface {
	Name() string
}

type Dog struct{}

func (d Dog) Name(prefix string) string { return prefix + "dog" }

func main() {
	var n Namer = Dog{}
	fmt.Println(n.Name())
}
