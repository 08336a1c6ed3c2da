package main

import "fmt"

func main() {
	email := make(chan string, 1)
	sms := make(chan string, 1)
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		email <- "email"
		sms <- "sms"
		select {
		case c := <-email:
			counts[c]++
			<-sms
		case c := <-sms:
			counts[c]++
			<-email
		}
	}
	fmt.Println("both cases chosen:", counts["email"] > 100 && counts["sms"] > 100)
	fmt.Println("total:", counts["email"]+counts["sms"])
}
