package main

import (
	"fmt"
	"sync"
)

type Ledger struct {
	mu      sync.Mutex
	balance int
}

func (l *Ledger) Deposit(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.balance += n
}

func (l *Ledger) DepositTwice(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.Deposit(n)
	l.Deposit(n)
}

func main() {
	var l Ledger
	l.Deposit(5)
	fmt.Println("balance", l.balance)
	l.DepositTwice(10)
	fmt.Println("balance", l.balance)
}
