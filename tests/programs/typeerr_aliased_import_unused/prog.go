package main

import (
	"fmt"
	str "strings"
	. "math"
	m "math/rand"
)

func main() {
	fmt.Println(m.Intn(1) * 0)
}
