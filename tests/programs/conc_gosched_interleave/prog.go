package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"picker", "packer"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for step := 1; step <= 2; step++ {
				fmt.Println(name, "step", step)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
}
