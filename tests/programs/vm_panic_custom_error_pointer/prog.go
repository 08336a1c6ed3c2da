package main

import "fmt"

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string {
	return fmt.Sprintf("key %q not found", e.Key)
}

func main() {
	panic(&NotFound{"user42"})
}
