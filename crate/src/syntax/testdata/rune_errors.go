package main

const (
	a = 'ab'
	b = ''
	c = '
'
)

func main() {}
