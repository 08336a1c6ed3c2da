package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	done := make(chan struct{}, 1)
	select {
	case <-done:
		fmt.Println("done")
	default:
		fmt.Println("nothing ready")
	}
	done <- struct{}{}
	select {
	case <-done:
		fmt.Println("done now")
	default:
		fmt.Println("nothing ready")
	}
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println(v)
	default:
		fmt.Println("nil channel never ready", nilCh == nil, len(nilCh))
	}
}
