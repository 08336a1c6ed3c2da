package main

import "fmt"

type big struct {
	a, b, c, d, e int64
}

// Every slice is stored in a package variable, so all live on the heap and
// their capacities follow the runtime's growth rule and size classes.
var sink []any

func main() {
	var bs []byte
	var ss []string
	var st []big
	var i32 []int32
	var i16 []int16
	for i := 0; i < 70; i++ {
		bs = append(bs, 1)
		ss = append(ss, "")
		st = append(st, big{})
		i32 = append(i32, 1)
		i16 = append(i16, 1)
		if i%7 == 0 {
			fmt.Println(i+1, cap(bs), cap(ss), cap(st), cap(i32), cap(i16))
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7, 8)
	fmt.Println(len(x), cap(x))
	y := append([]byte("hello"), " world, this is long"...)
	fmt.Println(len(y), cap(y))
	z := append(make([]int, 0, 5), 1)
	fmt.Println(len(z), cap(z))
	w := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(w), cap(w))
	u := append([]int{1, 2}, 3)
	fmt.Println(len(u), cap(u))
	sink = append(sink, bs, ss, st, i32, i16, x, y, z, w, u)
}
