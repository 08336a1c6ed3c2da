package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	arr = append(arr, 4)
	var s []string
	copy(s, []int{1})
	fmt.Println(arr, s, new(5))
}
