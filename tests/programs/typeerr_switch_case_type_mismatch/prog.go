package main

import "fmt"

func main() {
	code := 404
	switch code {
	case "404":
		fmt.Println("not found")
	case 500.5:
		fmt.Println("error")
	}
}
