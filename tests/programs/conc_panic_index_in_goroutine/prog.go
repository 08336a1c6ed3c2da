package main

import "fmt"

func main() {
	shelves := []string{"A1", "A2", "B1"}
	result := make(chan string)
	go func() {
		slot := 3
		result <- shelves[slot]
	}()
	fmt.Println("picked from", <-result)
}
