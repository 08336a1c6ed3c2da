package main

import (
	"fmt"
	"sync"
)

type PriceList struct {
	mu     sync.RWMutex
	prices map[string]float64
}

func (p *PriceList) Get(item string) float64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.prices[item]
}

func (p *PriceList) Set(item string, v float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.prices[item] = v
}

func main() {
	pl := &PriceList{prices: map[string]float64{"latte": 3.5, "scone": 2.25}}
	var wg sync.WaitGroup
	sums := make([]float64, 5)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i] = pl.Get("latte") + pl.Get("scone")
		}()
	}
	wg.Wait()
	pl.Set("latte", 3.75)
	fmt.Println(sums, pl.Get("latte"))
}
