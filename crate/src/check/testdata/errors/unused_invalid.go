package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	x := undefinedFunc()
	y, z := two(), 1
	var w int = "s"
	var q = nil
	fmt.Println()
}
