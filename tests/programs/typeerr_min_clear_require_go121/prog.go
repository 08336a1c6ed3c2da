package main

import "fmt"

func main() {
	m := min(3, 4)
	fmt.Println(m)
	clear(map[int]int{})
}
