package main

import (
	"fmt"
	"time"
)

func chargeCard(amount int) {
	if amount < 0 {
		panic(fmt.Sprintf("invalid charge amount %d", amount))
	}
	fmt.Println("charged", amount)
}

func main() {
	go chargeCard(-40)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main finished")
}
