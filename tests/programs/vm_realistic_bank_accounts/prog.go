package main

import (
	"errors"
	"fmt"
	"sort"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account struct {
	ID      int
	Owner   string
	Balance Money
	History []Txn
}

type Txn struct {
	Kind   string
	Amount Money
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

type InsufficientFunds struct {
	Need, Have Money
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")

func (b *Bank) Open(owner string, initial Money) *Account {
	b.nextID++
	a := &Account{ID: b.nextID, Owner: owner}
	if b.accounts == nil {
		b.accounts = map[int]*Account{}
	}
	b.accounts[a.ID] = a
	a.deposit(initial)
	return a
}

func (a *Account) deposit(m Money) {
	a.Balance += m
	a.History = append(a.History, Txn{"deposit", m})
}

func (a *Account) withdraw(m Money) error {
	if m > a.Balance {
		return &InsufficientFunds{m, a.Balance}
	}
	a.Balance -= m
	a.History = append(a.History, Txn{"withdraw", m})
	return nil
}

func (b *Bank) Transfer(from, to int, m Money) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %d->%d of %v: %w", from, to, m, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return ErrNoAccount
	}
	dst, ok := b.accounts[to]
	if !ok {
		return ErrNoAccount
	}
	if err := src.withdraw(m); err != nil {
		return err
	}
	dst.deposit(m)
	return nil
}

func (b *Bank) Total() Money {
	var t Money
	for _, a := range b.accounts {
		t += a.Balance
	}
	return t
}

func (b *Bank) ApplyInterest(ratePct float64) {
	for _, a := range b.accounts {
		interest := Money(float64(a.Balance) * ratePct / 100)
		if interest > 0 {
			a.deposit(interest)
		}
	}
}

func main() {
	var bank Bank
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 2550)
	fmt.Println(alice.Balance, bob.Balance, bank.Total())
	fmt.Println(bank.Transfer(alice.ID, bob.ID, 2500))
	err := bank.Transfer(bob.ID, alice.ID, 999999)
	fmt.Println(err)
	var inf *InsufficientFunds
	if errors.As(err, &inf) {
		fmt.Println("short by", inf.Need-inf.Have)
	}
	fmt.Println(errors.Is(bank.Transfer(1, 42, 1), ErrNoAccount))
	bank.ApplyInterest(1.5)
	ids := []int{}
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%d %-6s %10v %v\n", a.ID, a.Owner, a.Balance, a.History)
	}
	fmt.Println("total:", bank.Total(), Money(-1234))
}
