package main

const x = iota +

func main() {}
