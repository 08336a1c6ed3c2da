package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	name := "gopher"
	total := 0
	fmt.Println("start")
}
