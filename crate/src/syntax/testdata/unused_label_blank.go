package main

func main() {
_:
	for {
	}
}
