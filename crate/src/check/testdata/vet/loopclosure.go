//goplay:go 1.21
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	for _, v := range []string{"a", "b"} {
		defer func() {
			fmt.Println(v)
		}()
	}
	for k, v := range map[string]int{} {
		go func() {
			fmt.Println(k, v)
		}()
		fmt.Println()
	}
	wg.Wait()
}
