package main

func main() {
	x := "aÿb"
	_ = x
	// þ comment
}
