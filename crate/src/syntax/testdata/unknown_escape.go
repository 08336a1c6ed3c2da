package main

const s = "a\qb"

func main() {}
