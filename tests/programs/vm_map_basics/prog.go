package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m, len(m))
	m["d"] = 4
	m["a"] += 10
	v, ok := m["a"]
	w, ok2 := m["zzz"]
	fmt.Println(v, ok, w, ok2)
	delete(m, "b")
	delete(m, "nothing")
	fmt.Println(m)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts, len(counts))
	nums := map[int]string{10: "ten", -1: "minus", 3: "three"}
	fmt.Println(nums)
}
