package main

import "fmt"

type Set map[string]struct{}

func (s Set) Add(k string) { s[k] = struct{}{} }

func main() {
	s := Set{}
	s.Add("x")
	s.Remove("x")
	fmt.Println(len(s))
	var n int
	n.String()
}
