package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(in []string) (sum int, err error) {
	for _, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("inner err:", err)
			continue
		}
		sum += n
	}
	return sum, err
}

func firstErr(in []string) (err error) {
	for _, s := range in {
		if _, err = strconv.Atoi(s); err != nil {
			return
		}
	}
	return
}

func main() {
	sum, err := parseAll([]string{"1", "x", "3"})
	fmt.Println(sum, err)
	fmt.Println(firstErr([]string{"4", "y", "z"}))
	fmt.Println(firstErr(nil))
	var e error
	if e == nil {
		e := errors.New("shadow")
		_ = e
	}
	fmt.Println(e)
}
