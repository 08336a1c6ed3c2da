package main

import (
	"fmt"
	"os"
)

func check(ok bool, msg string) {
	if !ok {
		fmt.Fprintln(os.Stderr, "fatal:", msg)
		os.Exit(1)
	}
}

func main() {
	defer fmt.Println("deferred: not printed")
	check(true, "first")
	fmt.Println("first check passed")
	check(len(os.Args) > 5, "not enough arguments")
	fmt.Println("unreachable")
}
