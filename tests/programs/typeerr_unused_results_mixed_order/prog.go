package main

import (
	"fmt"
	"os"
	"strings"
)

func compute() (int, error) { return 1, nil }

func main() {
	result, err := compute()
	var unused int
	strings.ToUpper("x")
	len("abc")
	fmt.Println(result)
}
