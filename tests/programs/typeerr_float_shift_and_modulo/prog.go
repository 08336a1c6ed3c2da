package main

import "fmt"

func main() {
	f := 2.5
	fmt.Println(f % 2)
	fmt.Println(f << 1)
	fmt.Println(1.5 << 2)
}
