package main

func main() {
	x, y := 1, 2
	switch x y {
	}
}
