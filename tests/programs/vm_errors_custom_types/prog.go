package main

import (
	"errors"
	"fmt"
	"strconv"
)

type RangeError struct {
	Value, Min, Max int
}

func (r RangeError) Error() string {
	return fmt.Sprintf("%d out of range [%d, %d]", r.Value, r.Min, r.Max)
}

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge: %w", err)
	}
	if n < 0 || n > 150 {
		return 0, RangeError{n, 0, 150}
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "abc", "200", "", "99999999999999999999"} {
		n, err := parseAge(in)
		var re RangeError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case errors.As(err, &re):
			fmt.Println("range:", re.Value, err)
		case errors.As(err, &ne):
			fmt.Println("num:", ne.Func, ne.Num, ne.Err, "|", err)
			fmt.Println("  syntax?", errors.Is(err, strconv.ErrSyntax), "range?", errors.Is(err, strconv.ErrRange))
		}
	}
}
