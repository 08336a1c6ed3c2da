package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Region string
}

func main() {
	var hits atomic.Uint64
	var level atomic.Int32
	var current atomic.Pointer[Config]
	current.Store(&Config{Region: "eu"})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(3)
			level.CompareAndSwap(0, 7)
		}()
	}
	wg.Wait()
	old := current.Swap(&Config{Region: "us"})
	fmt.Println(hits.Load(), level.Load(), old.Region, current.Load().Region)
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
}
