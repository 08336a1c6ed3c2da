package main

import "fmt"

func shutdown(done chan struct{}) {
	close(done)
	fmt.Println("shutdown signalled")
}

func main() {
	done := make(chan struct{})
	shutdown(done)
	shutdown(done)
}
