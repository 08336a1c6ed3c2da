package main

func f() {}

func main() {
	go (f)()
	go (f())
}
