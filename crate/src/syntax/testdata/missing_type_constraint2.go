package main

func f[T any, U]() {}

func main() {}
