package main

import "fmt"

func main() {
	var receipt string
	done := make(chan struct{})
	go func() {
		receipt = "receipt #311 for $42.00"
		done <- struct{}{}
	}()
	<-done
	fmt.Println(receipt)
}
