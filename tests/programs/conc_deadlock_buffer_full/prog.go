package main

import "fmt"

func main() {
	tray := make(chan int, 2)
	for item := 1; item <= 3; item++ {
		tray <- item
		fmt.Println("placed item", item, "len", len(tray))
	}
}
