package main

import (
	"fmt"
	"time"
)

var lastOrderID int

func record(id int) {
	lastOrderID = id
}

func main() {
	go record(9001)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("last order:", lastOrderID)
}
