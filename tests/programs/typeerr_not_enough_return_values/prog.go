package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	return n
}

func main() {
	fmt.Println(parse("4"))
}
