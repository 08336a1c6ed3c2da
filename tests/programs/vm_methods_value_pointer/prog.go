package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ }

func (c Counter) IncCopy() { c.n++ }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
	g := p.Inc
	g()
	g()
	fmt.Println(c.n)
	h := (*Counter).Inc
	h(&c)
	k := Counter.Get
	fmt.Println(k(c))
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
}
