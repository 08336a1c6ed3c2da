package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 10000; i++ {
		sb.WriteString(fmt.Sprint(i % 10))
	}
	s := sb.String()
	fmt.Println(len(s), s[:12], s[len(s)-5:])
	var h uint32 = 7
	for i := 0; i < len(s); i++ {
		h = h*31 + uint32(s[i])
	}
	fmt.Println(h)
	parts := strings.Split(strings.Repeat("ab,", 1000), ",")
	fmt.Println(len(parts), parts[999], parts[1000] == "")
	joined := strings.Join(parts[:5], "+")
	fmt.Println(joined, strings.Count(s, "0"))
}
