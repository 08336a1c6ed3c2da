package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	processed := 0
loop:
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				break loop
			}
			if j == 4 {
				fmt.Println("job 4 is a stop marker")
				break loop
			}
			processed++
			fmt.Println("processed job", j)
		}
	}
	fmt.Println("processed", processed, "jobs, left in queue:", len(jobs))
}
