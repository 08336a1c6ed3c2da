package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous setting:", prev, "now:", runtime.GOMAXPROCS(0))
}
