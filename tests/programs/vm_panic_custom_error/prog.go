package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string {
	return "invalid field " + e.Field
}

func main() {
	fmt.Println("validating")
	panic(ValidationError{"email"})
}
