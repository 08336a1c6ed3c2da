package main

const r = '\uD800'

func main() {}
