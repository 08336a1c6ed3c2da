package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch x := 5; x {
	case 1, 2:
		fmt.Println("small")
		fallthrough
	case 3:
	case 1:
	default:
	}
	var i interface{} = 1
	switch t := i.(type) {
	case int, int:
	}
	ch := make(chan int)
	select {
	case ch <- 1:
	case v, ok := <-ch:
		fmt.Println(v)
	}
}
