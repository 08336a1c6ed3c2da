package main

import "fmt"

func main() {
	order := map[string]int{"apples": 3}
	order["pears"] = 2 // written before the go statement: visible to the goroutine
	done := make(chan int)
	go func() {
		done <- order["apples"] + order["pears"]
	}()
	fmt.Println("items:", <-done)
}
