package main

import "fmt"

func main() {
	lanes := make(chan chan string, 3)
	for i := 1; i <= 3; i++ {
		lane := make(chan string, 1)
		lane <- fmt.Sprintf("checkout lane %d open", i)
		lanes <- lane
	}
	close(lanes)
	for lane := range lanes {
		fmt.Println(<-lane)
	}
}
