package main

import (
	"fmt"
	"time"
)

func sendNotification(id int) {
	time.Sleep(50 * time.Millisecond) // stands in for a network call
	fmt.Println("notification", id, "sent")
}

func main() {
	start := time.Now()
	for id := 1; id <= 5; id++ {
		sendNotification(id)
	}
	// Real Go measures a little more than 250ms; truncating keeps the line stable.
	elapsed := time.Since(start).Truncate(50 * time.Millisecond)
	fmt.Println("sequential batch took", elapsed)
}
