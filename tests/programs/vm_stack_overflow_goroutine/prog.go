package main

import (
	"fmt"
	"time"
)

type tree struct {
	kids []*tree
}

func (t *tree) depth() int {
	best := 0
	for _, k := range t.kids {
		if d := k.depth(); d > best {
			best = d
		}
	}
	return best + 1
}

func main() {
	root := &tree{}
	root.kids = append(root.kids, root)
	done := make(chan int)
	go func() {
		done <- root.depth()
	}()
	select {
	case d := <-done:
		fmt.Println(d)
	case <-time.After(time.Hour):
		fmt.Println("timeout")
	}
}
