package main

import (
	"fmt"
	"sync"
)

type Animal interface {
	Sound() string
}

type Base struct{ Name string }

func (b Base) Describe() string { return b.Name }

type Dog struct {
	Base
	Age int
}

type Counter struct {
	sync.Mutex
	n int
}

func (c *Counter) Inc() {
	c.Lock()
	c.n++
	c.Unlock()
}

func main() {
	d := Dog{Base{"rex"}, 3}
	fmt.Println(d.Describe(), d.Name, d.Base.Name)
	var a Animal = d
	c := Counter{}
	c.Inc()
	fmt.Println(c.n, d.Sound())
	m := map[string]int{"a": 1}
	v, ok := m["a"], true
	x, ok2 := m["b"]
	fmt.Println(v, ok, x)
	var i interface{} = 1
	s := i.(string)
	n, isInt := i.(int)
	fmt.Println(s, n)
	var f func(int) int
	f = func(x int) string { return "" }
	ch := make(chan int)
	ch <- "x"
	var ro <-chan int = ch
	var so chan<- int = ro
	_, _, _ = a, f, so
}
