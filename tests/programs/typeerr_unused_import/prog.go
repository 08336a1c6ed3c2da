package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("no time here")
}
