package main

import "fmt"

type P struct{ X int }

func main() {
	var p P
	p.X := 3
	fmt.Println(p)
}
