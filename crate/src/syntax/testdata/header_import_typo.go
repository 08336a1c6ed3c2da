package main

improt "fmt"

func main() {}
