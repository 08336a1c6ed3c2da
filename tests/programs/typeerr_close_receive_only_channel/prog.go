package main

func finish(in <-chan int) {
	close(in)
}

func main() {
	finish(make(chan int))
}
