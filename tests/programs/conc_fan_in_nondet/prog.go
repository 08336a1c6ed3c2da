package main

import "fmt"

func feed(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 1; i <= n; i++ {
			out <- fmt.Sprintf("%s #%d", name, i)
		}
		close(out)
	}()
	return out
}

func main() {
	merged := make(chan string)
	done := make(chan bool)
	for _, f := range []<-chan string{feed("web", 2), feed("app", 2)} {
		go func() {
			for s := range f {
				merged <- s
			}
			done <- true
		}()
	}
	go func() {
		<-done
		<-done
		close(merged)
	}()
	for s := range merged {
		fmt.Println(s)
	}
}
