package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var log []string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		log = append(log, "login")
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		log = append(log, "logout")
	}()
	wg.Wait()
	fmt.Println("entries:", len(log))
}
