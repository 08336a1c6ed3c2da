package main

import "fmt"

func invoiceNumbers(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- fmt.Sprintf("%s-%04d", prefix, i)
		}
	}()
	return out
}

func main() {
	for inv := range invoiceNumbers("INV", 4) {
		fmt.Println(inv)
	}
}
