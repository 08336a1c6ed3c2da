package main

import "fmt"

func main() {
	cmd := "go"
	switch cmd {
	case "run", "go":
		fmt.Println("run")
	case "stop", "go":
		fmt.Println("stop")
	}
}
