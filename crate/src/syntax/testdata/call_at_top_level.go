package main

import "fmt"

fmt.Println("a")

func main() {}
