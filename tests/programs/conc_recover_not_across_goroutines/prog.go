package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
		}
	}()
	go func() {
		panic("coupon service crashed")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main survived")
}
