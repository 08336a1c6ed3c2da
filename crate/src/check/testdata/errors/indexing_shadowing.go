package main

import (
	"fmt"
	"os"
)

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	if len(s.items) == 0 {
		panic("empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var s Stack
	s.Push(1)
	fmt.Println(s.Pop(), fib(10))
	fmt := "shadowed"
	fmt.Println(fmt)
	os.Exit("1")
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
	}
	var arr [2]string
	arr[2] = "x"
	str := "hello"
	str[0] = 'H'
	_ = str[10]
	_ = arr[1:5]
	var nilMap map[string]int
	nilMap.x = 1
	type T struct{ a int }
	t := T{b: 2}
	_ = t
}
