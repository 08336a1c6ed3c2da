package main

import "fmt"

type Shipment struct {
	ID     int
	Weight float64
	Tags   []string
}

func main() {
	s := make(chan Shipment)
	names := make(chan string)
	ptrs := make(chan *Shipment)
	close(s)
	close(names)
	close(ptrs)

	sh, ok := <-s
	fmt.Printf("%+v %t\n", sh, ok)
	n, ok := <-names
	fmt.Printf("%q %t\n", n, ok)
	p, ok := <-ptrs
	fmt.Println(p, ok, p == nil)
}
