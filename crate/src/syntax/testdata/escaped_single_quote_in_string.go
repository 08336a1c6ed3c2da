package main

const s = "it\'s"

func main() {}
