package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range sees copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice range sees update:", v)
		}
	}
	s := []int{1, 2}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println("range evaluated once:", s)
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty *= 10
	}
	fmt.Println(items)
	for i := range items {
		it := &items[i]
		it.Qty *= 10
	}
	fmt.Println(items)
	pa := &arr
	for i := range pa {
		pa[i] = -i
	}
	fmt.Println(arr)
	var nilArr *[4]int
	for i := range nilArr {
		fmt.Print(i)
	}
	fmt.Println(len(nilArr))
}
