package main

func finish(in <-chan string) {
	close(in)
}

func main() {
	ch := make(chan string)
	finish(ch)
}
