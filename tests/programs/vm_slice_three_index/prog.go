package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr)
	s = append(s, 200)
	s[0] = -2
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	sl := []string{"a", "b", "c", "d"}
	u := sl[1:2:3]
	fmt.Println(u, len(u), cap(u), u[:cap(u)])
}
