package main

import "fmt"

func gen(start, step int) func() (int, bool) {
	cur := start
	return func() (int, bool) {
		if cur > 20 {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

type Account struct {
	deposit func(int)
	balance func() int
}

func newAccount() Account {
	bal := 0
	return Account{
		deposit: func(n int) { bal += n },
		balance: func() int { return bal },
	}
}

func main() {
	next := gen(3, 5)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sq, calls := memoize(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), *calls)
	a := newAccount()
	b := a
	a.deposit(10)
	b.deposit(5)
	fmt.Println(a.balance(), b.balance())
	c := newAccount()
	fmt.Println(c.balance())
}
