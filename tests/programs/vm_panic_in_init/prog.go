package main

import "fmt"

var config = map[string]int{"port": 80}

func init() {
	if config["timeout"] == 0 {
		panic("config: timeout not set")
	}
}

func main() {
	fmt.Println("never runs")
}
