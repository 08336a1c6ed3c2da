package main

import "fmt"

type Queue struct {
	items []string
}

func (q *Queue) Pop() string {
	item := q.items[0]
	q.items = q.items[1:]
	return item
}

func process(q *Queue, n int) {
	for i := 0; i < n; i++ {
		fmt.Println("processing", q.Pop())
	}
}

func main() {
	q := &Queue{items: []string{"a", "b"}}
	process(q, 3)
}
