package main

import (
	"errors"
	"fmt"
)

type Code int

func main() {
	values := []any{"str", 42, Code(7), errors.New("an error"), 3.5, []int{1}, nil}
	for _, v := range values {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T: %v\n", r, r)
			}()
			panic(v)
		}()
	}
}
