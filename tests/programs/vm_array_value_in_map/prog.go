package main

import "fmt"

type Stats struct {
	Hits   [3]int
	Labels []string
}

func main() {
	m := map[string][3]int{"a": {1, 2, 3}}
	arr := m["a"]
	arr[0] = 100
	fmt.Println(m["a"], arr)
	m["a"] = arr
	fmt.Println(m)
	sm := map[string]Stats{"x": {Labels: []string{"l"}}}
	st := sm["x"]
	st.Hits[1] = 5
	st.Labels[0] = "shared"
	fmt.Println(sm["x"], st)
	grid := [2][3]string{}
	g2 := grid
	g2[1][2] = "z"
	fmt.Printf("%q %q\n", grid, g2)
	ptrs := map[string]*[2]int{"p": {1, 2}}
	ptrs["p"][1] = 20
	fmt.Println(*ptrs["p"])
}
