package main

import "fmt"

fmt.Println("top level")

func main() {
}
