package main

func main() {
	var m map string]int
	_ = m
}
