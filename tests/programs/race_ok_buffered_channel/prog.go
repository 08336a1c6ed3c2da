package main

import "fmt"

func main() {
	labels := make([]string, 3)
	done := make(chan int, 3)
	for i := range labels {
		go func() {
			labels[i] = fmt.Sprintf("BOX-%d", 100+i)
			done <- i
		}()
	}
	for range labels {
		<-done
	}
	fmt.Println(labels)
}
