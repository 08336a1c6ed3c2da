package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		ch <- "label"
		fmt.Println("sender: label handed over")
	}()
	fmt.Println("receiver: got", <-ch)
	fmt.Println("receiver: done")
}
