package main

import (
	"errors"
	"fmt"
)

var errOutOfStock = errors.New("out of stock")

func reserve(sku string, done chan bool) {
	if sku == "GPU-5090" {
		panic(fmt.Errorf("reserve %s: %w", sku, errOutOfStock))
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go reserve("GPU-5090", done)
	<-done
}
