package main

import (
	"fmt"
	"time"
)

type Notifier struct {
	channel string
}

func (n Notifier) Send(customer string) {
	fmt.Printf("[%s] order update for %s\n", n.channel, customer)
}

func main() {
	n := Notifier{channel: "email"}
	go n.Send("Sam") // n is copied now, at the go statement
	n.channel = "sms"
	time.Sleep(10 * time.Millisecond)

	send := n.Send // a method value also copies the receiver
	n.channel = "push"
	go send("Taylor")
	time.Sleep(10 * time.Millisecond)

	go n.Send("Morgan")
	time.Sleep(10 * time.Millisecond)
}
