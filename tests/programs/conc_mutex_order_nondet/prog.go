package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var log []string
	for _, who := range []string{"alice", "bob"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			log = append(log, who)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("checkout order:", log)
}
