package main

import (
	"fmt"
	"foo/bar"
)

func main() {
	fmt.Println(bar.Baz)
}
