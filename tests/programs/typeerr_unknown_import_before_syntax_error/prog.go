package main

import (
	"fmt"
	"shop/cart"
)

func main() {
	fmt.Println("hi"
}
