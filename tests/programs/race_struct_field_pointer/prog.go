package main

import (
	"fmt"
	"time"
)

type Order struct {
	ID     int
	Status string
}

func ship(o *Order) {
	o.Status = "shipped"
}

func main() {
	o := &Order{ID: 77, Status: "pending"}
	go ship(o)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("order", o.ID, "is", o.Status)
}
