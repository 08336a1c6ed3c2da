package main

import (
	"sync"
	"math/rand"
)

type T struct{ x int }

func main() {
	var mu sync.Mutex
	mu.foo()
	var r rand.Rand
	r.intn(1)
	var t T
	t.X = 1
	t.y = 2
	var p *sync.Mutex
	p.foo()
}
