package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	words := []string{"go", "is", "fun", "and", "fast", "to", "learn"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["x"] = 1
	fmt.Println(nested, len(nested["b"]))
}
