package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	hold := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-hold
		}()
	}
	started.Wait()
	fmt.Println("with three blocked listeners:", runtime.NumGoroutine())
	var exited sync.WaitGroup
	exited.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer exited.Done()
		}()
	}
	exited.Wait()
	close(hold)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after releasing them:", runtime.NumGoroutine())
}
