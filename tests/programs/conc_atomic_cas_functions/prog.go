package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var seats int32 = 2
	book := func(who string) {
		for {
			cur := atomic.LoadInt32(&seats)
			if cur == 0 {
				fmt.Println(who, "- sold out")
				return
			}
			if atomic.CompareAndSwapInt32(&seats, cur, cur-1) {
				fmt.Println(who, "- booked, seats left", cur-1)
				return
			}
		}
	}
	book("Ana")
	book("Bo")
	book("Cy")
	atomic.StoreInt32(&seats, 7)
	fmt.Println("restocked:", atomic.LoadInt32(&seats))
	fmt.Println("swap returned", atomic.SwapInt32(&seats, 1), "now", seats)
	var u uint64
	atomic.AddUint64(&u, ^uint64(0))
	fmt.Println("uint64 wrapped:", u)
}
