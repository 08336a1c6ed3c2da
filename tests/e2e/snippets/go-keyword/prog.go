package main

import (
	"fmt"
	"time"
)

func brew(drink string) {
	fmt.Println(drink, "is ready")
}

func main() {
	go brew("espresso")
	go brew("latte")
	go brew("mocha")
	fmt.Println("orders taken")
	time.Sleep(100 * time.Millisecond)
}
