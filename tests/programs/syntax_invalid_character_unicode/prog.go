package main

import "fmt"

func main() {
	price := 5 × 3
	fmt.Println(price)
}
