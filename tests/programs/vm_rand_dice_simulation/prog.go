package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rng := rand.New(rand.NewSource(2024))
	counts := make([]int, 7)
	for i := 0; i < 6000; i++ {
		counts[rng.Intn(6)+1]++
	}
	fmt.Println(counts[1:])
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += rng.Float64()
	}
	fmt.Printf("%.4f\n", sum/1000)
	fmt.Println(rng.Uint32(), rng.Int())
}
