package main

func main() {
	x := 123abc
}
