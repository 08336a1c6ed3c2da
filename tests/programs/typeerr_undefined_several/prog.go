package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Reverse("abc"))
	y = 3
	helper()
	var t Thing
	fmt.Println(t)
}
