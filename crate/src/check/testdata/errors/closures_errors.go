package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint(e.Code) }

func find(id int) (string, error) {
	if id < 0 {
		return "", MyErr{id}
	}
	if id == 0 {
		return nil, ErrNotFound
	}
	return "x", nil
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(fs ...func(int) int) {}

func main() {
	next := counter()
	fmt.Println(next(), next)
	_, err := find(1)
	if errors.Is(err, ErrNotFound) {
	}
	var me *MyErr
	if errors.As(err, &me) {
	}
	if err == "x" {
	}
	apply(func(x int) int { return x }, func(x int) {})
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r.Error())
		}
	}()
	var f func()
	f = nil
	f()
	g := func(a, b int) (int, int) { return b, a }
	x := g(1, 2)
	fmt.Println(x)
}
