package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("error A")
var ErrB = errors.New("error B")

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if age < 0 {
		errs = append(errs, fmt.Errorf("age %d: %w", age, ErrA))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("bob", 3) == nil)
	err := validate("", -1)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA), errors.Is(err, ErrB))
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrA, ErrB)
	fmt.Println(multi, errors.Is(multi, ErrB), errors.Unwrap(multi) == nil)
}
