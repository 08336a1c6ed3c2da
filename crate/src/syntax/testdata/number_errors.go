package main

const (
	a = 0o8
	b = 0b102
	c = 0x
	d = 1e
	e = 0x1.0
	f = 1p3
	g = 0b1.0
	h = 1_
	i = 1__2
	j = 09
)

func main() {}
