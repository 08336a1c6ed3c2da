package main

import "fmt"

func main() {
	go fmt.Println("closing up the shop")
	fmt.Println("main returns")
}
