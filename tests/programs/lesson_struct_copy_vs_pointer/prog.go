package main

import (
	"fmt"
	"sync"
)

type Cart struct {
	Customer string
	Items    [3]string
	Total    float64
}

func printCopy(c Cart, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Printf("copy:    %s owes $%.2f for %v\n", c.Customer, c.Total, c.Items)
}

func printShared(c *Cart, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Printf("pointer: %s owes $%.2f for %v\n", c.Customer, c.Total, c.Items)
}

func main() {
	cart := Cart{Customer: "Noor", Items: [3]string{"kettle", "tea", "cups"}, Total: 54.5}
	var wg sync.WaitGroup

	wg.Add(1)
	go printCopy(cart, &wg) // the whole struct is copied now
	cart.Total = 0
	cart.Items[0] = "(removed)"
	wg.Wait()

	cart.Total = 12.0
	wg.Add(1)
	go printShared(&cart, &wg) // only the pointer is copied
	wg.Wait()
}
