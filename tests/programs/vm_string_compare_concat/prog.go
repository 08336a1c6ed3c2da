package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, a == "apple", "Z" < "a", "" < "a", "ab" < "abc")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	s2 := s
	s2 += "!"
	fmt.Println(s, s2)
	x := "multi" +
		"line"
	fmt.Println(x)
	raw := `C:\path\n "quoted"`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "nl\\n", "\u00e9\U0001F600\x41\101")
}
