package main

import (
	"errors"
	"fmt"
)

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(r)
	}
}

func main() {
	defer cleanup()
	panic(errors.New("connection lost"))
}
