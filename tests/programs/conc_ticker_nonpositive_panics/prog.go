package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("creating a ticker with interval 0")
	t := time.NewTicker(0)
	fmt.Println(t)
}
