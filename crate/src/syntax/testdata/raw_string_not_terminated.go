package main

const s = `abc

func main() {}
