package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[2])
	fmt.Println(s[1:3], s[:1], s[7:])
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%q %x\n", s[1], s[10:13])
	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
}
