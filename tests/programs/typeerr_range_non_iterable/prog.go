package main

import "fmt"

func main() {
	x := 3.5
	for i := range x {
		fmt.Println(i)
	}
}
