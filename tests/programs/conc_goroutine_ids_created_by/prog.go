package main

import "fmt"

func inner(done chan bool) {
	var m map[string]int
	m["boom"]++
	done <- true
}

func outer(done chan bool) {
	go inner(done)
}

func main() {
	done := make(chan bool)
	go outer(done)
	<-done
	fmt.Println("unreachable")
}
