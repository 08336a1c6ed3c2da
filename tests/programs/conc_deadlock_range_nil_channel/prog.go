package main

import "fmt"

type Feed struct {
	items chan string
}

func main() {
	f := Feed{}
	fmt.Println("reading feed")
	for it := range f.items {
		fmt.Println(it)
	}
}
