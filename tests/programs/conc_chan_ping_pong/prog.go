package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for hits := range in {
		fmt.Println(name, "hits, rally", hits)
		if hits == 6 {
			close(out)
			break
		}
		out <- hits + 1
	}
	done <- name
}

func main() {
	toPing := make(chan int)
	toPong := make(chan int)
	done := make(chan string)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- 1
	first := <-done
	second := <-done
	fmt.Println("game over:", first, "stopped first, then", second)
}
