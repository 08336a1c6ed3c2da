package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-len(s)-left)
}

func main() {
	text := "Goroutines are lightweight threads managed by the Go runtime, and channels let them communicate safely."
	lines := wrap(text, 24)
	border := "+" + strings.Repeat("-", 26) + "+"
	fmt.Println(border)
	fmt.Printf("|%s|\n", center("NOTE", 26))
	for _, l := range lines {
		fmt.Printf("| %-24s |\n", l)
	}
	fmt.Println(border)
	fmt.Printf("%-10s|%10s|\n", "left", "right")
	fmt.Printf("%-10.3s|%10.3s|\n", "truncated", "truncated")
	table := [][]any{{"item", "qty", "price"}, {"pen", 3, 1.5}, {"notebook", 12, 3.25}}
	for _, row := range table {
		fmt.Printf("%-10v %5v %8v\n", row...)
	}
}
