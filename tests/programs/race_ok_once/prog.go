package main

import (
	"fmt"
	"sync"
)

var (
	once  sync.Once
	rates map[string]float64
)

func getRates() map[string]float64 {
	once.Do(func() {
		rates = map[string]float64{"EUR": 0.92, "GBP": 0.79}
	})
	return rates
}

func main() {
	var wg sync.WaitGroup
	got := make([]float64, 3)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = getRates()["EUR"]
		}()
	}
	wg.Wait()
	fmt.Println(got)
}
