package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Status int
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Status) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Status == 0 || t.Status == e.Status)
}

type Temporary interface {
	Temporary() bool
}

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

func fetch(i int) error {
	switch i {
	case 0:
		return fmt.Errorf("fetch: %w", HTTPError{404})
	case 1:
		return fmt.Errorf("fetch: %w", &netErr{"timeout"})
	}
	return nil
}

func main() {
	err := fetch(0)
	fmt.Println(errors.Is(err, HTTPError{404}), errors.Is(err, HTTPError{}), errors.Is(err, HTTPError{500}))
	var he HTTPError
	fmt.Println(errors.As(err, &he), he.Status)
	err = fetch(1)
	var tmp Temporary
	if errors.As(err, &tmp) {
		fmt.Println("temporary:", tmp.Temporary(), tmp)
	}
	fmt.Println(errors.As(fetch(2), &tmp), errors.Is(nil, HTTPError{}))
	var target *netErr
	fmt.Println(errors.As(err, &target), target.msg)
}
