package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var fetched atomic.Int32
	for page := 1; page <= 5; page++ {
		go func() {
			time.Sleep(10 * time.Millisecond) // loading catalogue page
			fetched.Add(1)
		}()
	}
	fmt.Println("main keeps going while pages load; fetched so far:", fetched.Load())
	time.Sleep(50 * time.Millisecond)
	fmt.Println("pages fetched after main slept:", fetched.Load())
}
