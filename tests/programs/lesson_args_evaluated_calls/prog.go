package main

import (
	"fmt"
	"time"
)

var counter int

func nextTicket() int {
	counter++
	fmt.Println("nextTicket called in main, returns", counter)
	return counter
}

func handle(ticket int) {
	fmt.Println("goroutine handling ticket", ticket)
}

func main() {
	go handle(nextTicket()) // nextTicket runs here, in main
	counter = 100
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main exits; counter is now", counter)
}
