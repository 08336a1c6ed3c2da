package main

import "fmt"

func a() {}

func main() {
	f := a
	fmt.Println(f == a)
	fmt.Println(f != nil)
}
