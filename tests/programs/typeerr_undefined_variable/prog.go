package main

import "fmt"

func main() {
	total := 5
	fmt.Println(totl)
}
