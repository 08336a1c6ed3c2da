package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, region := range []string{"EU", "US", "APAC"} {
		wg.Go(func() {
			fmt.Println("synced prices for", region)
		})
	}
	wg.Wait()
	fmt.Println("price sync complete")
}
