package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d %c %U %d\n", i, r, r, r)
	}
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(s))
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}
