package main

func main() {
L:
	for {
	}
L:
	goto M
	{
	M:
	}
	x := 1
	goto N
	y := 2
N:
	_, _ = x, y
}
