package main

import "fmt"

type Counter interface {
	Inc()
}

type Clicks struct{ n int }

func (c *Clicks) Inc() { c.n++ }

func use(c Counter) { c.Inc() }

func main() {
	c := Clicks{}
	use(c)
	fmt.Println(c.n)
}
