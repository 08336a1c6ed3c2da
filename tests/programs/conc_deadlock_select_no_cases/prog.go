package main

import "fmt"

func main() {
	go func() {
		fmt.Println("background sync done")
	}()
	select {}
}
