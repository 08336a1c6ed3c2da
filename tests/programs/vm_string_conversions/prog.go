package main

import "fmt"

func main() {
	s := "Go语言"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'g'
	fmt.Println(string(b), s)
	r[2] = '文'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(r[3]), string(rune(0x4e16)))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x1f600}))
	bs := []byte("abc")
	t := string(bs)
	bs[0] = 'X'
	fmt.Println(t, string(bs))
}
