package main

import "fmt"

type Config struct {
	Name  string
	Limit *int
}

func main() {
	c := Config{Name: "default"}
	fmt.Println(c.Name, c.Limit == nil)
	defer fmt.Println("deferred still runs")
	fmt.Println(*c.Limit + 1)
}
