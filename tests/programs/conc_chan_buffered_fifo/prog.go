package main

import "fmt"

func main() {
	line := make(chan string, 5)
	go func() {
		for _, c := range []string{"Ana", "Ben", "Cleo", "Dev", "Eli"} {
			line <- c
		}
		close(line)
	}()
	pos := 1
	for c := range line {
		fmt.Printf("%d. serving %s\n", pos, c)
		pos++
	}
}
