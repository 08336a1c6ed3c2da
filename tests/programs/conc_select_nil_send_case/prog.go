package main

import "fmt"

func main() {
	var audit chan string // nil: audit logging switched off
	sent, skipped := 0, 0
	for _, ev := range []string{"login", "purchase", "logout"} {
		select {
		case audit <- ev:
			sent++
		default:
			skipped++
		}
	}
	fmt.Println("sent:", sent, "skipped:", skipped)
}
