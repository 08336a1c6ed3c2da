package main

import "fmt"

type Courier struct {
	name string
	jobs chan string
}

func main() {
	c := Courier{name: "Rosa"}
	fmt.Println("courier", c.name, "has jobs channel:", c.jobs != nil)
	close(c.jobs)
}
