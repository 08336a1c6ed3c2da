package main

import "fmt"

func main() {
	s := `never closed
	fmt.Println(s)
}
