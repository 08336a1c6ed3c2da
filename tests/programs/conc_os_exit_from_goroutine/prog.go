package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred in main: never printed")
	go func() {
		fmt.Println("payment gateway unreachable, exiting")
		os.Exit(3)
	}()
	select {}
}
