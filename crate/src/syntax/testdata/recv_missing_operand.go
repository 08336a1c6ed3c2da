package main

func main() {
	ch := make(chan int)
	x := <-
	_ = x
	_ = ch
}
