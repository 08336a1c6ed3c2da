package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	if q == "missing" {
		return &QueryError{q, ErrNotFound}
	}
	if q == "secret" {
		return fmt.Errorf("find %q: %w", q, ErrDenied)
	}
	return nil
}

func main() {
	for _, q := range []string{"ok", "missing", "secret"} {
		err := find(q)
		fmt.Println(q, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrDenied))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query error for", qe.Query)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	noWrap := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap))
}
