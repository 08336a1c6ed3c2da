package main

import "fmt"

func main() {
	var note string
	handoff := make(chan int)
	finished := make(chan bool)
	go func() {
		<-handoff
		note = "written by the goroutine after the receive"
		finished <- true
	}()
	note = "written by main before the send"
	handoff <- 1
	<-finished
	fmt.Println(note)
}
