package main

import "fmt"

func main() {
	var summary string
	ready := make(chan struct{})
	results := make(chan string)
	for i := 1; i <= 3; i++ {
		go func() {
			<-ready // sees the close, which happens after the write below
			results <- fmt.Sprintf("worker %d read %q", i, summary)
		}()
	}
	summary = "Q3 report"
	close(ready)
	n := 0
	for range 3 {
		if len(<-results) > 0 {
			n++
		}
	}
	fmt.Println(n, "workers read the summary after close")
}
