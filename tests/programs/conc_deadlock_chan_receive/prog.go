package main

import "fmt"

func main() {
	confirmations := make(chan string)
	fmt.Println("waiting for payment confirmation...")
	c := <-confirmations
	fmt.Println(c)
}
