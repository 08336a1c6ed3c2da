package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }

func (a Account) Deposit(n int) { fmt.Println(n) }

func main() {
	a := &Account{}
	a.Deposit(5)
}
