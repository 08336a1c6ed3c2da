package main

import (
	"fmt"
	"sync"
)

type Point struct {
	X int
	Y int
}

func main() {
	p := &Point{1, 2}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.Y = 7
	}()
	fmt.Println(*p == Point{1, 2}) // comparing reads every field
	wg.Wait()
}
