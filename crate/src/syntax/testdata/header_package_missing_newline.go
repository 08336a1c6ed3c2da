package main func main() {}
