package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("load config: %w", errors.New("file missing"))
	panic(err)
}
