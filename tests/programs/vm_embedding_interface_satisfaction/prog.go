package main

import "fmt"

type Logger interface {
	Log(string)
}

type base struct {
	prefix string
	lines  []string
}

func (b *base) Log(s string) { b.lines = append(b.lines, b.prefix+s) }

type Service struct {
	*base
	name string
}

type Named interface {
	fmt.Stringer
	Logger
}

func (s Service) String() string { return "service " + s.name }

func main() {
	s := Service{&base{prefix: "> "}, "api"}
	var l Logger = s
	l.Log("start")
	var n Named = s
	n.Log("run")
	fmt.Println(n, s.lines)
	fmt.Println(len(s.base.lines))
}
