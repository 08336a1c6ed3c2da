package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe4\xb8c"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println([]rune(s))
	fmt.Printf("%q %+q %x\n", s, s, s)
	fmt.Println(string(rune(-1)), string(rune(0x110000)) == "\uFFFD")
	fmt.Println(s)
}
