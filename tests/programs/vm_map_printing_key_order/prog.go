package main

import (
	"fmt"
	"math"
)

type Pt struct{ X, Y int }

func main() {
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "b", -1: "a", math.Inf(1): "inf", math.NaN(): "nan"})
	fmt.Println(map[int]bool{-5: true, 3: false, 0: true, -100: false})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5})
	fmt.Println(map[Pt]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Println(map[[2]int]int{{2, 0}: 1, {0, 9}: 2})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6})
	fmt.Println(map[rune]string{'b': "B", 'a': "A"})
	fmt.Printf("%v %d %+v\n", map[int8]uint{-1: 1, 1: 2}, map[string]int{"z": 26, "y": 25}, map[string]Pt{"p": {1, 2}})
	var mp map[string]int
	fmt.Printf("%v %#v %d\n", mp, map[string]bool{"k": true}, len(mp))
}
