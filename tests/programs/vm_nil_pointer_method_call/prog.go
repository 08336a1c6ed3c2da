package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t Tree) ValueCopy() int { return t.Val }

func main() {
	t := &Tree{&Tree{nil, nil, 2}, &Tree{&Tree{Val: 4}, nil, 3}, 1}
	fmt.Println(t.Sum())
	var empty *Tree
	fmt.Println(empty.Sum())
	fmt.Println(empty.ValueCopy())
}
