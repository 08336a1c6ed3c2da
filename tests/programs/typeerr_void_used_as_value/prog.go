package main

import "fmt"

func log(msg string) {
	fmt.Println(msg)
}

func main() {
	x := log("hi")
	fmt.Println(x)
}
