package main

import (
	"fmt"
	"time"
)

func label(item string, cents int) {
	fmt.Printf("%s costs %d cents\n", item, cents)
}

func main() {
	item, cents := "croissant", 250
	go label(item, cents)
	item, cents = "bagel", 180
	fmt.Println("main now holds", item, cents)
	time.Sleep(100 * time.Millisecond)
}
