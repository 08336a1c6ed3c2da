package main

import "fmt"

func main() {
	m := map[string]int{"a": "one"}
	m[2] = 3
	var s []string = []int{1}
	fmt.Println(m, s)
}
