package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	attempt := func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		once.Do(func() {
			panic("database unreachable")
		})
		fmt.Println("once.Do returned normally")
	}
	attempt()
	attempt()
}
