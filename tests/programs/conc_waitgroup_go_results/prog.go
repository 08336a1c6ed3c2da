package main

import (
	"fmt"
	"sync"
)

func shippingCost(weightKg int) int {
	return 5 + weightKg*2
}

func main() {
	weights := []int{1, 4, 10, 25}
	costs := make([]int, len(weights))
	var wg sync.WaitGroup
	for i, w := range weights {
		wg.Go(func() {
			costs[i] = shippingCost(w)
		})
	}
	wg.Wait()
	for i, c := range costs {
		fmt.Printf("%2dkg -> $%d\n", weights[i], c)
	}
}
