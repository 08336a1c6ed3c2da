package main

import "fmt"

func main() {
	i := 0
	++i
	fmt.Println(i)
}
