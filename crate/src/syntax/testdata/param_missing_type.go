package main

type a int
type b int

func f(a, b) {}

func main() {}
