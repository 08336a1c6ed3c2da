package main

import (
	"errors"
	"fmt"
)

func load() (string, error) {
	return "", errors.New("x"), 1
}

func save(s string) error {
	if s == "" {
		return
	}
	return nil, nil
}

func main() {
	v := load()
	fmt.Println(v, save(""))
}
