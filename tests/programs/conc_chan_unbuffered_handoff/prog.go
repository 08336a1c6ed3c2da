package main

import "fmt"

func main() {
	parcels := make(chan string)
	go func() {
		parcels <- "parcel #4417"
	}()
	p := <-parcels
	fmt.Println("courier received", p)
}
