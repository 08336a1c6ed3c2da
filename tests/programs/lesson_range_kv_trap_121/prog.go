package main

import (
	"fmt"
	"time"
)

func main() {
	carts := []string{"apples", "bread", "coffee"}
	for k, v := range carts {
		go func() {
			fmt.Printf("cart line %d: %s\n", k, v)
		}()
	}
	time.Sleep(50 * time.Millisecond)
}
