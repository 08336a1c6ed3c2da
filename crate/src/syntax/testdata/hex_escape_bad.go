package main

const s = "\xZZ"

func main() {}
