package main

func main() {
L:
	{
		for {
			break L
		}
	}
M:
	switch {
	default:
		for {
			continue M
		}
	}
}
