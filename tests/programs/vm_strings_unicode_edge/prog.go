package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c\td\n"))
	fmt.Println(strings.ToUpper("ß straße ǆ"), strings.ToLower("İSTANBUL"), strings.ToTitle("ǆ"))
	fmt.Println(strconv.Quote("bad\xffbyte"), strconv.Quote("\x00\x7f"), strconv.QuoteToASCII("日本"))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'), len("日本語"))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
	fmt.Println(strings.Count("日本語", ""), strings.Split("a日b", ""))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%5s|%-5s|%.1s|\n", "日本", "日本", "日本")
	fmt.Printf("%x % x %X\n", "日", "日", []byte("日"))
	s := "abc"
	fmt.Println(s[len(s):], s[:0] == "", s[1:1])
}
