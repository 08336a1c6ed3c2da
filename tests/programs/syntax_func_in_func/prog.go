package main

import "fmt"

func main() {
	func helper() {
		fmt.Println("inner")
	}
	helper()
}
