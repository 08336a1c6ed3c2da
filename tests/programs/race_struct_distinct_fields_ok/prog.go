package main

import (
	"fmt"
	"sync"
)

type Metrics struct {
	Orders  int
	Refunds int
}

func main() {
	var m Metrics
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m.Orders = 120
	}()
	go func() {
		defer wg.Done()
		m.Refunds = 3
	}()
	wg.Wait()
	fmt.Printf("%+v\n", m)
}
