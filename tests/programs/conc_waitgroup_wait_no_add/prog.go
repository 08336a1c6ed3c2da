package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("Wait with a zero counter returns at once")
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("and again after Add(2) and two Done calls")
}
