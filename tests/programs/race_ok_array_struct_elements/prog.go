package main

import (
	"fmt"
	"sync"
)

type Line struct {
	Qty   int
	Price int
}

func main() {
	var lines [2]Line
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		lines[0].Qty = 3
	}()
	go func() {
		defer wg.Done()
		lines[0].Price = 250
	}()
	go func() {
		defer wg.Done()
		lines[1] = Line{Qty: 1, Price: 99}
	}()
	wg.Wait()
	fmt.Println(lines)
}
