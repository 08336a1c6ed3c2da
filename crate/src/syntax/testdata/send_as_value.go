package main

func main() {
	ch := make(chan int)
	if ch <- 1 {
	}
}
