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
	var cfg Config
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		cfg.Limits.Min = 1
	}()
	go func() {
		defer wg.Done()
		cfg.Limits.Max = 9
	}()
	go func() {
		defer wg.Done()
		cfg.Name = "checkout"
	}()
	wg.Wait()
	fmt.Printf("%+v\n", cfg)
}
