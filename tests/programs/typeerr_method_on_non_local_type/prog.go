package main

import (
	"fmt"
	"time"
)

func (d time.Duration) Double() time.Duration {
	return d * 2
}

func main() {
	fmt.Println(time.Second)
}
