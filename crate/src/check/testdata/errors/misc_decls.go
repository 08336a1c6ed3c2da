package main

import (
	"fmt"
	t "time"
	"strings"
)

type T struct{ a T }

type A B
type B A

func f() (int, int) { return 1, 2 }

func main() {
	x := 1
	var e error
	x == 1
	fmt.Println(f())
	y := f()
	go x
	var c <-chan int
	c <- 1
	for i := range 3 {
	}
	_ = e
}
