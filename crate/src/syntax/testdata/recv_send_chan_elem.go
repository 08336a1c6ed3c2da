package main

func main() {
	_ = make(<-chan<- int, 1)
}
