package main

func main() {
	ch := make(chan int, 1)
	var in <-chan int = ch
	in <- 5
}
