package main

import "fmt"

func greet(name string) {
	fmt.Println("Good morning,", name)
}

func main() {
	greet("Ada")
	greet("Grace")
	fmt.Println("main is done")
}
