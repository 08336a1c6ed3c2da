package main

import "fmt"

func main() {
	type := "admin"
	fmt.Println(type)
}
