package main

import "fmt"

func main() {
	tasks := make(chan string)
	quit := make(chan bool)
	stopped := make(chan int)
	go func() {
		done := 0
		for {
			select {
			case t := <-tasks:
				fmt.Println("handled", t)
				done++
			case <-quit:
				stopped <- done
				return
			}
		}
	}()
	tasks <- "resize image"
	tasks <- "send invoice"
	quit <- true
	fmt.Println("worker quit after", <-stopped, "tasks")
}
