package main

func main() {}

var _ = 'a