package main

import "fmt"

type op struct {
	delta int
	reply chan int
}

func main() {
	ops := make(chan op)
	go func() {
		balance := 0 // owned by this goroutine alone
		for o := range ops {
			balance += o.delta
			o.reply <- balance
		}
	}()
	for _, d := range []int{100, -30, 45, -15} {
		r := make(chan int)
		ops <- op{d, r}
		fmt.Printf("%+d -> balance %d\n", d, <-r)
	}
	close(ops)
}
