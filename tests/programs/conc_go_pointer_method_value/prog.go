package main

import "fmt"

type Tracker struct {
	carrier string
}

func (t *Tracker) Report(start <-chan struct{}, out chan<- string) {
	<-start
	out <- "pointer receiver sees " + t.carrier
}

func (t Tracker) Snapshot(start <-chan struct{}, out chan<- string) {
	<-start
	out <- "value receiver sees " + t.carrier
}

func main() {
	t := &Tracker{carrier: "DHL"}
	start := make(chan struct{})
	byPtr := make(chan string)
	byVal := make(chan string)
	go t.Report(start, byPtr)   // copies the pointer: the struct stays shared
	go t.Snapshot(start, byVal) // copies *t now, at the go statement
	t.carrier = "UPS"
	close(start)
	fmt.Println(<-byPtr)
	fmt.Println(<-byVal)
}
