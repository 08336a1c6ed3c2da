package main

import (
	"fmt"
	"time"
)

func fetchPage(page int) {
	time.Sleep(10 * time.Millisecond)
	fmt.Println("fetched catalogue page", page)
}

func main() {
	for page := 1; page <= 5; page++ {
		go fetchPage(page)
	}
	fmt.Println("main keeps going while pages load")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
