package main

import (
	"fmt"
	"time"
)

func main() {
	customer := "Priya"
	cart := []string{"notebook", "fountain pen", "ink"}

	go func() {
		fmt.Printf("emailing %s a receipt for %d items: %v\n", customer, len(cart), cart)
	}()

	time.Sleep(50 * time.Millisecond)
	fmt.Println("checkout complete")
}
