package main

import (
	"fmt"
	"strconv"
)

func square(n int) int { return n * n }

func main() {
	fmt.Println(square(strconv.Atoi("7")))
}
