package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 _é世!\t" {
		fmt.Printf("%q L%v U%v l%v D%v S%v P%v N%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsNumber(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.ToUpper('1'))
	s := "héllo, 世界"
	fmt.Println(utf8.RuneCountInString(s), len(s))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.ValidString("ok"), utf8.Valid([]byte{0xe2, 0x82}), utf8.RuneCount([]byte("añ")))
	fmt.Println(string(utf8.AppendRune(nil, 'ß')), utf8.UTFMax, utf8.RuneSelf)
}
