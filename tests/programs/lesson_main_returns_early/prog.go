package main

import "fmt"

func sendReceipt(customer string) {
	fmt.Println("receipt sent to", customer)
}

func main() {
	go sendReceipt("Jordan")
}
