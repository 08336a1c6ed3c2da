package main

const s = "\400"

func main() {}
