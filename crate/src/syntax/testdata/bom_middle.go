package main

func main() {
	x := "a﻿b"
	_ = x
}
