package main

import "fmt"

// s never escapes (only len and cap are printed), so gc may give its first
// backing array a small stack buffer: the first cap differs from a heap slice.
func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var b []byte
	b = append(b, 'x')
	fmt.Println(len(b), cap(b))
}
