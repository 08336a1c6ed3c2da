package main

import "fmt"

type Walker interface{ Walk() string }
type Swimmer interface{ Swim() string }

type Duck struct{}

func (Duck) Walk() string { return "waddle" }

func main() {
	var w Walker = Duck{}
	fmt.Println(w.Walk())
	_, ok := w.(Swimmer)
	fmt.Println(ok)
	s := w.(Swimmer)
	fmt.Println(s.Swim())
}
