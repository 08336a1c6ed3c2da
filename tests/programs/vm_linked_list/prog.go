package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) Push(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.Head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.Head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l List) String() string {
	parts := []string{}
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Append(i * i)
	}
	l.Push(0)
	fmt.Println(l, l.Len)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(9), l.Remove(7), l.Remove(25), l.Remove(0))
	fmt.Println(l, l.Len)
	var empty List
	empty.Reverse()
	fmt.Println(empty, empty.Remove(1))
}
