package main

import "fmt"

func quote(items []string, out chan<- string) {
	for _, it := range items {
		out <- it + ": $" + fmt.Sprint(len(it)*3)
	}
	close(out)
}

func printQuotes(in <-chan string, done chan<- bool) {
	for q := range in {
		fmt.Println(q)
	}
	done <- true
}

func main() {
	quotes := make(chan string)
	done := make(chan bool)
	go quote([]string{"lamp", "desk", "bookshelf"}, quotes)
	go printQuotes(quotes, done)
	<-done
	var sendOnly chan<- string = quotes
	fmt.Printf("%T %T\n", quotes, sendOnly)
}
