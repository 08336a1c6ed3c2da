package main

import "fmt"

func handle(req string, done chan<- []string) {
	var log []string
	defer func() { done <- log }()
	defer func() { log = append(log, "connection closed") }()
	defer func() { log = append(log, "response flushed") }()
	log = append(log, "handling "+req)
}

func main() {
	done := make(chan []string)
	go handle("GET /cart", done)
	for _, l := range <-done {
		fmt.Println(l)
	}
}
