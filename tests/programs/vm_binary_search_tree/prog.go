package main

import "fmt"

type Tree[K interface{ ~int | ~string }, V any] struct {
	root *node[K, V]
	size int
}

type node[K interface{ ~int | ~string }, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	var walk func(*node[K, V])
	walk = func(n *node[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func height[K interface{ ~int | ~string }, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "m"} {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	v, ok := t.Get("e")
	fmt.Println(v, ok, t.size, height(t.root))
	_, ok = t.Get("q")
	fmt.Println(ok)
	nums := &Tree[int, []string]{}
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80} {
		nums.Put(n, []string{fmt.Sprint("n", n)})
	}
	sum := 0
	nums.Walk(func(k int, _ []string) { sum += k })
	fmt.Println(sum, height(nums.root))
}
