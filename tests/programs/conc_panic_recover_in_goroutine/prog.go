package main

import (
	"fmt"
	"sync"
)

func process(order int, wg *sync.WaitGroup, failures *[4]string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			failures[order] = fmt.Sprint("recovered: ", r)
		}
	}()
	if order%2 == 1 {
		var m map[string]int
		m["qty"] = order
	}
	failures[order] = "ok"
}

func main() {
	var wg sync.WaitGroup
	var results [4]string
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go process(i, &wg, &results)
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println("order", i, r)
	}
}
