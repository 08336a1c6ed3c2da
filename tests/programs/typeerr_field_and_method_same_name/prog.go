package main

import "fmt"

type Item struct {
	Price int
}

func (i Item) Price() int { return 3 }

func main() {
	fmt.Println(Item{})
}
