package main

import "fmt"

func check(v any) {
	defer fmt.Println("deferred in check")
	panic(v)
}

func main() {
	fmt.Println("start")
	check(nil)
}
