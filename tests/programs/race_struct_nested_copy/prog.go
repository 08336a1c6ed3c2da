package main

import (
	"fmt"
	"sync"
)

type Limits struct {
	Min int
	Max int
}

type Config struct {
	Name   string
	Limits Limits
}

func main() {
	cfg := Config{Name: "checkout", Limits: Limits{1, 5}}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		cfg.Name = "cart" // not part of the copy below: no race with it
	}()
	go func() {
		defer wg.Done()
		cfg.Limits.Max = 9
	}()
	limits := cfg.Limits // copies Min and Max
	wg.Wait()
	fmt.Println(limits.Min)
}
