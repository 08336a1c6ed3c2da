package main

import (
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Copies int
}

type Member struct {
	Name  string
	Loans map[string]int
	Limit int
}

type Library struct {
	books   map[string]*Book
	members map[string]*Member
	events  []string
}

type LoanError struct {
	Member, ISBN, Reason string
}

func (e LoanError) Error() string {
	return fmt.Sprintf("%s cannot borrow %s: %s", e.Member, e.ISBN, e.Reason)
}

func NewLibrary(books ...Book) *Library {
	l := &Library{books: map[string]*Book{}, members: map[string]*Member{}}
	for i := range books {
		l.books[books[i].ISBN] = &books[i]
	}
	return l
}

func (l *Library) Join(name string, limit int) {
	l.members[name] = &Member{Name: name, Loans: map[string]int{}, Limit: limit}
}

func (l *Library) Borrow(name, isbn string) error {
	m, ok := l.members[name]
	if !ok {
		return LoanError{name, isbn, "not a member"}
	}
	b, ok := l.books[isbn]
	switch {
	case !ok:
		return LoanError{name, isbn, "no such book"}
	case b.Copies == 0:
		return LoanError{name, isbn, "no copies left"}
	}
	total := 0
	for _, n := range m.Loans {
		total += n
	}
	if total >= m.Limit {
		return LoanError{name, isbn, fmt.Sprintf("limit %d reached", m.Limit)}
	}
	b.Copies--
	m.Loans[isbn]++
	l.events = append(l.events, name+" borrowed "+b.Title)
	return nil
}

func (l *Library) Return(name, isbn string) bool {
	m := l.members[name]
	if m == nil || m.Loans[isbn] == 0 {
		return false
	}
	m.Loans[isbn]--
	if m.Loans[isbn] == 0 {
		delete(m.Loans, isbn)
	}
	l.books[isbn].Copies++
	l.events = append(l.events, name+" returned "+l.books[isbn].Title)
	return true
}

func (l *Library) Catalog() []string {
	var out []string
	for _, b := range l.books {
		out = append(out, fmt.Sprintf("%s by %s (%d)", b.Title, b.Author, b.Copies))
	}
	sort.Strings(out)
	return out
}

func main() {
	lib := NewLibrary(
		Book{"111", "Dune", "Herbert", 2},
		Book{"222", "Emma", "Austen", 1},
		Book{"333", "Ulysses", "Joyce", 0},
	)
	lib.Join("ann", 2)
	lib.Join("bob", 1)
	attempts := [][2]string{{"ann", "111"}, {"bob", "111"}, {"ann", "111"}, {"ann", "222"}, {"bob", "222"}, {"cy", "111"}, {"ann", "999"}, {"bob", "333"}}
	for _, a := range attempts {
		if err := lib.Borrow(a[0], a[1]); err != nil {
			var le LoanError
			le = err.(LoanError)
			fmt.Println("denied:", err, "|", le.Reason)
		}
	}
	fmt.Println(lib.Return("bob", "111"), lib.Return("bob", "111"), lib.Return("zed", "1"))
	fmt.Println(lib.Borrow("bob", "222"))
	fmt.Println(strings.Join(lib.Catalog(), "\n"))
	for i, e := range lib.events {
		fmt.Printf("%2d %s\n", i+1, e)
	}
	fmt.Println(lib.members["ann"].Loans)
}
