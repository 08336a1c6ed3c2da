package main

import (
	"fmt"
	"sync"
)

func brew(drink string, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(drink, "is ready")
}

func main() {
	var wg sync.WaitGroup
	for _, drink := range []string{"espresso", "latte", "mocha"} {
		wg.Add(1)
		go brew(drink, &wg)
	}
	wg.Wait()
	fmt.Println("every drink is served")
}
