package main

import "fmt"

func main() {
	belt := make(chan string, 2)
	done := make(chan int)
	go func() {
		packed := 0
		for item := range belt {
			packed++
			fmt.Println("consumer packed", item)
		}
		done <- packed
	}()
	for _, item := range []string{"vase", "frame", "rug", "clock"} {
		belt <- item
	}
	close(belt)
	fmt.Println("producer finished; consumer packed", <-done, "items")
}
