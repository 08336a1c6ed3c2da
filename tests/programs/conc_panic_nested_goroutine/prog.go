package main

import "fmt"

func audit(level int, done chan bool) {
	if level == 3 {
		panic("audit depth exceeded")
	}
	go audit(level+1, done)
}

func main() {
	done := make(chan bool)
	go audit(1, done)
	<-done
	fmt.Println("unreachable")
}
