package main

func f() (a ...int) { return }

func main() {}
