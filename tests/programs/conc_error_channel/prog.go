package main

import (
	"errors"
	"fmt"
)

func validate(field, value string) error {
	if value == "" {
		return errors.New(field + " is required")
	}
	return nil
}

func main() {
	form := [][2]string{{"name", "Kim"}, {"email", ""}, {"zip", "10115"}}
	errs := make(chan error, len(form))
	for _, f := range form {
		go func() { errs <- validate(f[0], f[1]) }()
	}
	var failed []error
	for range form {
		if err := <-errs; err != nil {
			failed = append(failed, err)
		}
	}
	fmt.Println(len(failed), "error(s):", failed)
}
