package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func loadConfig() {
	loads++
	config = map[string]string{"currency": "EUR", "region": "eu-west"}
}

func main() {
	var wg sync.WaitGroup
	found := make([]string, 5)
	for i := range found {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			found[i] = config["currency"]
		}()
	}
	wg.Wait()
	fmt.Println("config loaded", loads, "time(s); goroutines saw", found)
}
