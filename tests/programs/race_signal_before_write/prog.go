package main

import (
	"fmt"
	"time"
)

func main() {
	invoice := ""
	ready := make(chan bool, 1)
	done := make(chan bool)
	go func() {
		ready <- true // signalled too early: the write below is not covered
		time.Sleep(5 * time.Millisecond)
		invoice = "INV-2048"
		done <- true
	}()
	<-ready
	early := invoice
	<-done
	fmt.Printf("early read %q, final %q\n", early, invoice)
}
