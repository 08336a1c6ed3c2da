package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	r := []rune(s)
	for i := 0; i < len(r)/2; i++ {
		if r[i] != r[len(r)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+byte(k))%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+byte(k))%26
		}
	}
	return string(b)
}

func main() {
	fmt.Println(reverse("Hello, 世界!"))
	fmt.Println(isPalindrome("racecar"), isPalindrome("été"), isPalindrome("go"))
	fmt.Println(caesar("Hello, World", 3), caesar(caesar("abcxyz", 13), 13))
	var r rune = 'A'
	var b byte = 'a'
	fmt.Println(r, b, r+1, b+1, string(r+2))
	fmt.Printf("%T %T %v\n", r, b, 'x'-'a')
	digits := "4096"
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	fmt.Println(n * 2)
}
