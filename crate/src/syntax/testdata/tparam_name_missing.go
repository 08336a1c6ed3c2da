package main

func f[~int]() {}

func g[T any, ~string]() {}

func main() {}
