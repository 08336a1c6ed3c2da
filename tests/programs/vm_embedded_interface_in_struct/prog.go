package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(s string) int
}

type upper struct{ out *strings.Builder }

func (u upper) Write(s string) int {
	u.out.WriteString(strings.ToUpper(s))
	return len(s)
}

type Counting struct {
	Writer
	n int
}

func (c *Counting) Write(s string) int {
	c.n += len(s)
	return c.Writer.Write(s)
}

func main() {
	var sb strings.Builder
	c := &Counting{Writer: upper{&sb}}
	c.Write("hello ")
	c.Write("world")
	fmt.Println(sb.String(), c.n)
	var w Writer = c
	w.Write("!")
	fmt.Println(sb.String(), c.n)
	defer func() { fmt.Println("recovered:", recover()) }()
	empty := Counting{}
	empty.Write("boom")
}
