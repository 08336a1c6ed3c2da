package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
}

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	ptrs := []*Point{{5, 6}, {Y: 7}}
	grid := [][]int{{1, 2}, {3}, {}}
	arr := [...]string{2: "c", 0: "a"}
	m := map[string]Point{"o": {}, "p": {1, 1}}
	mp := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	segs := []Segment{{Point{0, 0}, Point{1, 1}}, {To: Point{2, 2}}}
	nested := map[string][]map[int]bool{"x": {{1: true}, {}}}
	fmt.Println(pts, *ptrs[0], *ptrs[1], grid, len(arr), arr)
	fmt.Printf("%q\n", arr)
	fmt.Println(m, mp, segs, nested)
	idx := [5]int{1: 10, 3: 30}
	fmt.Println(idx, len([...]int{9: 0}))
	anon := []struct {
		Name string
		Age  int
	}{{"a", 1}, {Name: "b"}}
	fmt.Printf("%+v\n", anon)
	pp := &Point{Y: 9}
	pp.X = 8
	fmt.Println(*pp)
	arrPtr := &[2]Point{{1, 1}}
	fmt.Println(arrPtr[0], len(arrPtr))
}
