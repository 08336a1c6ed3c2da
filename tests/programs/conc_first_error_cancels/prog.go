package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	errc := make(chan error, 1)
	var once sync.Once
	var wg sync.WaitGroup
	cancelled := make([]bool, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 2 {
				once.Do(func() {
					errc <- errors.New("card declined for item 2")
					close(done)
				})
				return
			}
			<-done
			cancelled[i] = true
		}()
	}
	wg.Wait()
	fmt.Println("error:", <-errc)
	fmt.Println("cancelled:", cancelled)
}
