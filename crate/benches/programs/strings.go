package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 200_000; i++ {
		b.WriteString("item")
		b.WriteByte(' ')
		fmt.Fprintf(&b, "%d,", i)
	}
	s := b.String()
	fmt.Println(len(s), strings.Count(s, ","))
}
