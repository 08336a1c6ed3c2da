package main

import (
	"fmt"
	"time"
)

func main() {
	prices := map[string]float64{"tea": 3.2}
	go func() {
		prices["tea"] = 3.5
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("tea costs", prices["tea"])
}
