package main

func main() {
	for {
	L:
	}
	if true {
	M: )
	}
}
