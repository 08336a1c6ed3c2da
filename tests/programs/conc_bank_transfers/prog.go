package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) {
	from.mu.Lock()
	from.balance -= amount
	from.mu.Unlock()
	to.mu.Lock()
	to.balance += amount
	to.mu.Unlock()
}

func main() {
	a := &Account{balance: 1000}
	b := &Account{balance: 500}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); transfer(a, b, 10) }()
		go func() { defer wg.Done(); transfer(b, a, 4) }()
	}
	wg.Wait()
	fmt.Println("a:", a.balance, "b:", b.balance, "sum:", a.balance+b.balance)
}
