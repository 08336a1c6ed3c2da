package main

import (
	"fmt"
	"sync"
)

func main() {
	scores := make([]int, 5)
	var wg sync.WaitGroup
	for i := range scores {
		wg.Go(func() {
			scores[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(scores)
}
