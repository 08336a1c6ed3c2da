package main

import (
	"fmt"
	"strngs"
)

func main() {
	fmt.Println(strngs.ToUpper("x"))
}
