package main

import "fmt"

type Coord struct {
	X, Y int
}

func main() {
	visited := map[Coord]int{}
	path := []Coord{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, c := range path {
		visited[c]++
	}
	fmt.Println(visited)
	fmt.Println(visited[Coord{0, 0}], visited[Coord{5, 5}])
	arrKey := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(arrKey[[2]string{"a", "b"}], arrKey[[2]string{"b", "a"}])
	var ik map[interface{}]string = map[interface{}]string{1: "int", "1": "string", 1.0: "float", true: "bool"}
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0], ik[true])
}
