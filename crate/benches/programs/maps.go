package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1_000_000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 1_000_000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	fmt.Println(len(m), hits)
}
