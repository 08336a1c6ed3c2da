package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	log := []string{}
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		log = append(log, "refund processed")
		mu.Unlock()
		done <- true
	}()
	log = append(log, "charge processed")
	mu.Unlock()
	<-done
	fmt.Println(log)
}
