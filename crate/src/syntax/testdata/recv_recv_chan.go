package main

func main() {
	_ = make(<-<-chan int)
}
