package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	names := []string{"ada", "grace", "linus", "ken"}
	badges := make([]string, len(names))
	var wg sync.WaitGroup
	wg.Add(len(names))
	for i, n := range names {
		go func() {
			defer wg.Done()
			badges[i] = strings.ToUpper(n[:1]) + n[1:] + " (staff)"
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(badges, ", "))
}
