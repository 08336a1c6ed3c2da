package main

import "fmt"

func main() {
	scans := make(chan string)
	done := make(chan struct{})
	finished := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case s := <-scans:
				n++
				fmt.Println("scanned", s)
			case <-done:
				finished <- n
				return
			}
		}
	}()
	for _, code := range []string{"4006381333931", "9780201379624", "5012345678900"} {
		scans <- code
	}
	close(done)
	fmt.Println("scanner stopped after", <-finished, "scans")
}
