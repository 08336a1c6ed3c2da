package main

import "fmt"

func describe(n int) string {
	switch n {
	case 1:
		return "one"
	case 2, 3:
		return "few"
	case 1:
		return "uno"
	}
	return "many"
}

func main() {
	fmt.Println(describe(1))
}
